using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeaderLandmarkHeadlineTests
{
    private const string Text =
        "<p>The night ferry turned back to Pier 4 on Tuesday after a passenger fell ill halfway across the sound, the harbour board said.</p>"
        + "<p>Crew radioed the coast guard at 11:40 p.m., and an ambulance met the boat at the pier twenty minutes later, according to the board's statement.</p>"
        + "<p>The crossing resumed at half past midnight with the remaining forty passengers, who were offered free tickets for a later trip.</p>";

    private static ParsedPage Parse(string body) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry turns back for ill passenger | Harbour Courier</title></head><body>
        <header class="site-header"><a href="/">Harbour Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        {{body}}
        <footer><p>© 2023 Harbour Courier</p></footer>
        </body></html>
        """), "page.html");

    [Fact]
    public void A_layout_wrapper_naming_its_sidebar_keeps_the_text_when_the_headline_sits_in_the_storys_own_header()
    {
        var page = Parse($"""
            <div class="grid-container layout layout--with-sidebar">
            <section class="layout__main"><article class="content-well">
            <header class="story-header"><h1 class="story-header__headline">Night ferry turns back for ill passenger</h1>
            <p class="story-header__author">By Dana Reyes</p></header>
            {Text}
            </article></section>
            <div class="layout__rail"><h3>Most Popular</h3><ul><li><a href="/other">Pier lights to be replaced</a></li></ul></div>
            </div>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The night ferry turned back", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidebar_whose_header_holds_a_headline_but_little_text_still_goes()
    {
        var page = Parse($"""
            <div class="sidebar"><header><h1>Harbour Courier</h1></header><p>The town's paper since 1901, now online every day of the week.</p></div>
            <div class="main"><h2>Night ferry turns back for ill passenger</h2>{Text}</div>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("since 1901", StringComparison.Ordinal));
    }
}
