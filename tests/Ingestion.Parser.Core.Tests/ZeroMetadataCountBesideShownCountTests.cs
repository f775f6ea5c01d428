using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ZeroMetadataCountBesideShownCountTests
{
    [Theory]
    [InlineData(0, 24, 24)]
    [InlineData(3, 24, 3)]
    [InlineData(0, null, 0)]
    [InlineData(null, 24, null)]
    [InlineData(0, 0, 0)]
    public void A_zero_in_the_metadata_gives_way_only_to_a_shown_count_above_zero(int? metadata, int? shown, int? declared) =>
        Assert.Equal(declared, ZeroMetadataCountBesideShownCount.Declared(metadata, shown));

    private static ParsedPage Parse(int metadataCount) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry turns back for ill passenger | Harbour Courier</title>
        <meta property="og:site_name" content="Harbour Courier">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Night ferry turns back for ill passenger","datePublished":"2023-11-08T18:49:38+00:00","commentCount":{{metadataCount}}}]}</script>
        </head><body>
        <article>
        <h1>Night ferry turns back for ill passenger</h1>
        <div class="story-meta"><p class="story-author">By <a href="/author/dreyes/">Dana Reyes</a></p>
        <ul class="share-row"><li class="share-row__item"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li>
        <li class="share-row__item share-row__comments"><a href="#comments" class="share-row__comments-link">24</a></li></ul></div>
        <div class="story-body">
        <p>The night ferry turned back to Pier 4 on Tuesday after a passenger fell ill halfway across the sound, the harbour board said.</p>
        <p>Crew radioed the coast guard at 11:40 p.m., and an ambulance met the boat at the pier twenty minutes later, according to the board's statement.</p>
        <p>The crossing resumed at half past midnight with the remaining forty passengers, who were offered free tickets for a later trip.</p>
        </div>
        <div id="comments"><p class="guidelines">Be civil.</p><div data-conversation-mount="1"></div></div>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void A_plug_ins_shown_count_beats_the_zero_wordpress_writes_into_the_metadata() => Assert.Equal(24, Parse(0).DeclaredCommentCount);

    [Fact]
    public void A_metadata_count_above_zero_still_comes_first() => Assert.Equal(5, Parse(5).DeclaredCommentCount);
}
