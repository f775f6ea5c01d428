using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNameShareTitleTests
{
    private static ParsedPage Parse(string main) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Harbour Notes - Mara Lind</title>
        <meta property="og:site_name" content="Harbour Notes - Mara Lind">
        <meta property="og:title" content="Harbour Notes - Mara Lind"></head><body>
        <header><a href="/"><img src="/logo.png" alt="Harbour Notes"></a></header>
        <main>{main}</main>
        </body></html>
        """), "notes.html");

    private const string Text = """
        <p>Every morning at six the lake is flat and empty, and the only sound is the oars going in and coming out again.</p>
        <p>I started two winters ago after a knee injury, when running was out of the question and the gym felt like a chore.</p>
        <p>Now the first hour of the day belongs to the water, and everything else waits until the boat is back on its rack.</p>
        """;

    [Fact]
    public void The_one_titled_h2_of_the_main_box_is_the_headline_when_the_sharing_title_is_the_site_name()
    {
        var page = Parse($"""<div class="post"><h2 class="post-title">Why I row before breakfast</h2><div class="post-text">{Text}</div></div>""");

        Assert.Equal("Why I row before breakfast", page.Title);
    }

    [Fact]
    public void An_index_of_several_titled_h2s_keeps_the_site_name()
    {
        var page = Parse($"""
            <div class="post"><h2 class="post-title">Why I row before breakfast</h2><div class="post-text">{Text}</div></div>
            <div class="post"><h2 class="post-title">A winter on the frozen lake</h2><p>The ice came early this year.</p></div>
            """);

        Assert.Equal("Harbour Notes - Mara Lind", page.Title);
    }

    [Fact]
    public void A_sharing_title_other_than_the_site_name_is_not_asked()
    {
        Assert.Null(SiteNameShareTitle.Headline(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            """<html><body><main><h2 class="post-title">Why I row before breakfast</h2></main></body></html>"""), "Rowing at dawn", "Harbour Notes"));
    }
}
