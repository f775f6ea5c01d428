using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>An author meta naming a wire service alone names no writer; the page's byline is read instead.</summary>
public class WireAuthorMetaTests
{
    private static ParsedPage Parse(string meta, string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Harbour ferry fares rise again</title>
        <meta name="author" content="{meta}"></head>
        <body><div class="entry"><h1 class="title-news">Harbour ferry fares rise again</h1>
        {byline}
        <div class="entry_body_text">
        <p>PORT ALDER, Ore. -- The harbour board voted on Tuesday to raise ferry fares for the second time this year, citing fuel costs.</p>
        <p>Commuters who cross twice a day will pay about forty dollars more each month under the new schedule.</p>
        </div></div></body></html>
        """), "ferry.html", "text/html");

    [Theory]
    [InlineData("AP", "<p>By Harlan Brisket</p><p>October 5, 2011 9:19 PM ET</p>", "Harlan Brisket")]
    [InlineData("AP", """<div class="byline">By HARLAN BRISKET</div>""", "HARLAN BRISKET")]
    [InlineData("Reuters", """<div class="article-byline"><span class="bold">By HARLAN BRISKET</span> 10/5/11 09:19 PM ET</div>""", "HARLAN BRISKET")]
    public void The_wire_alone_gives_way_to_the_byline(string meta, string byline, string writer) =>
        Assert.Equal([writer], Parse(meta, byline).Authors);

    [Fact]
    public void A_writer_in_the_meta_is_still_read() =>
        Assert.Equal(["Harlan Brisket"], Parse("Harlan Brisket", "<p>Filed from the harbour desk.</p>").Authors);
}
