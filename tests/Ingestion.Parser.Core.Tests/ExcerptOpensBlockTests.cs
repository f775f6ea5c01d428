using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ExcerptOpensBlockTests
{
    private const string Opening =
        "Illustrator Dana Reyes drew a page for a radio show about the myth of the lazy, entitled \"Generation Z,\" which has gone well past grumbling into open scorn. Click through for all of it.";

    private static ParsedPage Parse(string description) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Scorning Generation Z - the sneer nobody minds / Pinwheel Gazette</title>
        <meta name="description" content="{description.Replace("\"", "&quot;", StringComparison.Ordinal)}" /></head><body>
        <div class="navbyline"><span class="author"><a href="/author/jo">Jo Marsh</a></span> / <span class="date">Jul 19, 2013</span></div>
        <div id="headline"><h1>Scorning Generation Z - the sneer nobody minds</h1></div>
        <div id="story">
        <p><img src="/strip.jpg"><br />
        {Opening}</p>
        <p>(<i>via <a href="https://example.net/">Someone Else's Blog</a></i>)</p>
        </div>
        <div id="more-stories">
        <div class="nextstory"><h2><a href="/a">Choir sings with two drummers</a></h2><p>The good people at the choir are still at it, and this time two drummers joined them on a stage in the city for a song about power that everyone seems to know by heart […]</p></div>
        </div>
        <div id="footer">
        <p>Read the rules you agree to by using this website in our Terms of Service, which we change from time to time without telling anyone.</p>
        <p>We take part in an affiliate programme designed to provide a means for us to earn fees by linking to shops and their affiliated sites.</p>
        <p>Pinwheel Gazette uses cookies and analytics trackers, and is supported by advertising, merchandise sales and affiliate links of many kinds.</p>
        <p>Pinwheel Gazette is published under a Creative Commons licence except where otherwise noted.</p>
        </div>
        </body></html>
        """), "page.html");

    [Fact]
    public void An_excerpt_running_on_past_the_first_paragraph_finds_the_story_over_a_longer_footer()
    {
        var page = Parse(Opening + " The strip we love to hate (via Someone Else&hellip;");

        Assert.Equal([Opening], page.BodyParagraphs);
    }

    [Fact]
    public void An_excerpt_cut_inside_the_paragraph_finds_it_too()
    {
        var page = Parse(Opening[..120] + "…");

        Assert.Equal([Opening], page.BodyParagraphs);
    }

    [Fact]
    public void A_description_that_is_a_paragraph_whole_proves_nothing()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"""
            <html><body><div class="head"><h1>Headline</h1><p class="standfirst">{Opening}</p></div></body></html>
            """);

        Assert.Null(ExcerptOpensBlock.Find(document, [Opening]));
    }

    [Fact]
    public void A_short_description_matches_nothing()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <html><body><div><p>The council voted on Tuesday to close the pool for the winter, as it does every year.</p></div></body></html>
            """);

        Assert.Null(ExcerptOpensBlock.Find(document, ["The council voted on Tuesday…"]));
    }
}
