using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AuthorLabelMidLineTests
{
    /// <summary>A society journal's article whose row under the headline (and whose head, if given) the test writes.</summary>
    internal static ParsedPage Parse(string row, string head = "") => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour Society :: Reading the Tides</title>{{head}}</head><body>
        <div id="main"><div class="journals"><h1>Reading the Tides</h1>
        <div class="journal-sub">
        {{row}}
        </div>
        <div class="article-content"><div>
        <p>This piece is the second in a series on tide tables and how harbour pilots read them before a ship comes in at night.</p>
        <p>Pilots still trust their own eyes over any table, and the society hopes the next piece will explain why that remains wise.</p>
        </div></div></div></div>
        <div id="footer">Copyright 1994-2016 Harbour Society.</div></body></html>
        """), "tides.html");

    [Fact]
    public void The_label_after_the_issue_in_one_row_names_the_writer()
    {
        var page = Parse("""
            <span class="xar-mod-title">Harbour Review #31 - May 2016 + Pilotage Topics</span>

            &#xA0;&#xA0;Author: 
                        <a href="mailto:">Bea Okafor</a>      
            """);
        Assert.Equal(["Bea Okafor"], page.Authors);
    }
}
