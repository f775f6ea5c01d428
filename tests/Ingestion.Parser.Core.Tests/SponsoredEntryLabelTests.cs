using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SponsoredEntryLabelTests
{
    private static ParsedPage Parse(string entry) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Garden letter 12: sheds and more</title><meta property="og:title" content="Garden letter 12: sheds and more"></head><body>
        <div class="header"><h1>Garden letter 12: sheds and more</h1></div>
        <main><div class="content">
        <p>There is quite a bit of news from the garden this week, with roses and tomatoes and a new shed. I have something for everyone.</p>
        <h2><a href="https://roses.example/">Roses are early</a></h2>
        <p>The roses opened early this year, two weeks before the ones on the south wall did.</p>
        {entry}
        <h2><a href="https://spade.example/">A better spade</a></h2>
        <p>The new spade has a longer handle and a sharper edge, and it costs less than the old one did.</p>
        </div></main></body></html>
        """), "letter.html");

    [Fact]
    public void An_entry_closed_by_a_sponsored_label_is_an_advert_with_its_heading()
    {
        var page = Parse("""
            <h2><a href="https://hoses.example/?utm_source=letter">Hoselink: hoses that last</a></h2>
            <p>Water every bed in the garden from one tap, with hoses that never kink. Try one free for 30 days! <span class="pill-sponsored">Sponsored</span></p>
            """);

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Hoselink", StringComparison.Ordinal) || paragraph.Contains("never kink", StringComparison.Ordinal));
        Assert.Contains("A better spade", page.BodyParagraphs);
        Assert.Contains("Roses are early", page.BodyParagraphs);
    }

    [Fact]
    public void A_sponsor_named_in_a_sentence_stays()
    {
        var page = Parse("""
            <h2>Our open day</h2>
            <p>The open day is paid for by <span class="sponsor-name">Hoselink</span>, who bring their hoses along for everyone to try.</p>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("who bring their hoses along", StringComparison.Ordinal));
        Assert.Contains("Our open day", page.BodyParagraphs);
    }
}
