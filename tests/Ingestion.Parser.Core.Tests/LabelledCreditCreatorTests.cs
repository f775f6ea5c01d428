using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledCreditCreatorTests
{
    private static ParsedPage Parse(string creator) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Watch Harbour Lives | The Night Ferry | Quayside Video</title>
        <meta property="og:site_name" content="Quayside Video">
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Harbour Lives - The Night Ferry",
        "dateCreated":"2014-12-29T05:00:00+00:00","articleSection":"Culture","creator":[{{creator}}],"keywords":["harbour","ferry"]}</script></head>
        <body><div class="video-series"><a href="/series/harbour-lives">Harbour Lives</a></div>
        <div class="video-info"><h1 class="video-title">The Night Ferry</h1>
        <div class="video-description"><h2>The last boat of the night crosses the harbour with a handful of riders and a skipper who has steered it for thirty years.</h2></div>
        <div class="video-meta"><a class="credits-toggle">Show Credits</a><hr width="1" size="14"><a href="/series/harbour-lives">Harbour Lives</a>
        <hr width="1" size="14">
        Released on 12/29/2014
        <div class="credits"><table><tr><td class="credits-category">Producer:</td><td>Lee Okafor</td></tr></table></div></div></div></body></html>
        """), "watch.html");

    [Fact]
    public void A_series_credited_to_itself_names_no_writer()
    {
        Assert.Empty(Parse("\"Harbour Lives: Harbour Lives\"").Authors);
    }

    [Fact]
    public void A_labelled_credit_names_no_writer_though_its_words_look_like_a_name()
    {
        Assert.Empty(Parse("\"Producer: Dana Whitcomb\"").Authors);
    }

    [Fact]
    public void A_creator_without_a_label_is_still_the_writer()
    {
        Assert.Equal(["Dana Whitcomb"], Parse("\"Dana Whitcomb\"").Authors);
    }

    [Theory]
    [InlineData("Harbour Lives: Harbour Lives", true)]
    [InlineData("Credits:", true)]
    [InlineData("Dana Whitcomb", false)]
    [InlineData("10:30 Ferry Crew", false)]
    public void Only_a_label_and_its_colon_make_a_credit(string name, bool labelled)
    {
        Assert.Equal(labelled, LabelledCreditCreator.Is(name));
    }
}
