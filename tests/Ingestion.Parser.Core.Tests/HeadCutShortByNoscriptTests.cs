using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadCutShortByNoscriptTests
{
    private static ParsedPage Parse(string frame) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Old shelters: what is left of them: Riverside Daily</title>
        <meta name="application-name" content="Riverside Daily: City News, Food and Events">
        {{frame}}
        <meta property="og:site_name" content="Riverside Daily">
        <meta property="article:published_time" content="2017-03-09T10:15:00-05:00">
        <meta property="article:tag" content="Civil defense">
        </head><body>
        <div class="header"><a href="/">Home</a></div>
        <h1>Old shelters: what is left of them</h1>
        <p>The placards still hang beside the doors of schools and post offices, fifty years after the shelters were stocked.</p>
        <p>Most of the basements they point to now hold laundry rooms, bicycles and storage, a survey of the city found.</p>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_metas_after_a_tag_managers_noscript_frame_in_the_head_are_read()
    {
        var page = Parse("""<noscript><iframe src="https://tags.example/ns.html?id=GTM-X" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>""");

        Assert.Equal("Riverside Daily", page.Site);
        Assert.Equal("2017-03-09T10:15:00-05:00", page.PublishedAt);
        Assert.Equal(["Civil defense"], page.Tags);
    }

    [Fact]
    public void Reads_as_the_same_head_without_the_frame()
    {
        var cut = Parse("""<noscript><iframe src="https://tags.example/ns.html?id=GTM-X" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>""");
        var whole = Parse(string.Empty);

        Assert.Equal(whole.Site, cut.Site);
        Assert.Equal(whole.PublishedAt, cut.PublishedAt);
        Assert.Equal(whole.Tags, cut.Tags);
        Assert.Equal(whole.BodyParagraphs, cut.BodyParagraphs);
    }
}
