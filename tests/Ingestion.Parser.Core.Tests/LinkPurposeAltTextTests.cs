using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A logo's alt text saying where its link goes ("Go to HarbourLedger homepage") names the site inside it (LinkPurposeAltText).</summary>
public class LinkPurposeAltTextTests
{
    private static ParsedPage Parse(string title, string alt) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!doctype html><html><head><meta charset="utf-8"><title>{{title}}</title></head>
        <body><div id="header"><div id="logo"><a href="/"><img src="/images/logo.gif" alt="{{alt}}"></a></div></div>
        <div id="content"><h1>Auditors back the new reporting standard</h1>
        <p>The country's three accountancy institutes said on Monday that they would back the new reporting standard from next year.</p>
        <p>The institutes had asked for a longer transition, but said the board's changes answered most of their members' concerns.</p>
        <p>Smaller firms will be allowed to report under the old rules for two more years, the board said in its response.</p></div></body></html>
        """), "standard.html", "text/html");

    [Fact]
    public void The_name_inside_the_link_purpose_is_the_site_as_the_title_spaces_it() =>
        Assert.Equal("Harbour Ledger", Parse("Auditors back the new reporting standard - 26 Sep 2011 - Harbour Ledger", "Go to HarbourLedger homepage").Site);

    [Theory]
    [InlineData("Go to HarbourLedger homepage", "HarbourLedger")]
    [InlineData("go to HarbourLedger.com", "HarbourLedger.com")]
    [InlineData("Go to the Ledger home page", "Ledger")]
    [InlineData("Harbour Ledger", "Harbour Ledger")]
    [InlineData("Go to top", null)]
    [InlineData("Go to home", null)]
    public void The_words_around_the_name_are_the_links(string alt, string? expected) =>
        Assert.Equal(expected, LinkPurposeAltText.Name(alt));
}
