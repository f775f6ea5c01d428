using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EmptyDivInHeadTests
{
    private static ParsedPage Parse(string spacer) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <!doctype html><html><head><title>Harbour board raises ferry fares | Coast Wire</title>
        <meta charset="utf-8"><meta name="robots" content="INDEX, FOLLOW">{spacer}
        <meta name="keywords" content="Ferries,Harbour Board,Fares">
        <meta property="og:site_name" content="Coast Wire">
        <link rel="stylesheet" href="/core.css">
        </head><body>
        <h1>Harbour board raises ferry fares</h1>
        <div class="article-body">
        <p>The harbour board voted on Tuesday to raise ferry fares from April, citing a year of rising fuel bills and repairs.</p>
        <p>A single ticket will cost twenty cents more, and the monthly pass four dollars more, the board's chairman said.</p>
        <p>Riders' groups said they would ask the council to restore the subsidy it cut last autumn.</p>
        </div></body></html>
        """), "fares.html");

    [Fact]
    public void The_metas_after_an_empty_spacer_div_in_the_head_are_still_read()
    {
        var page = Parse("""<div class="linebreak"></div>""");
        Assert.Equal(["Ferries", "Harbour Board", "Fares"], page.Tags);
        Assert.Equal("Coast Wire", page.Site);
    }

    [Fact]
    public void A_div_with_text_in_the_head_opens_the_body_as_before()
    {
        var page = Parse("""<div class="notice">Our site has moved.</div>""");
        Assert.Empty(page.Tags);
    }
}
