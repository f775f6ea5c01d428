using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MembersAccountAuthorMetaTests
{
    private static ParsedPage Parse(string row, string head = "") => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
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
    public void A_members_account_in_the_author_meta_names_no_writer()
    {
        var page = Parse("""
            <div class="xar-mod-title">Harbour Review #31 - May 2016 + Pilotage Topics</div>
            <div>Author: <a href="mailto:">Bea Okafor</a></div>
            """, """<meta name="author" content="Harbour Society Members">""");
        Assert.Equal(["Bea Okafor"], page.Authors);
    }

    [Theory]
    [InlineData("Harbour Society Members", true)]
    [InlineData("The Friends of the Old Harbour Society Members", false)]
    [InlineData("Bea Okafor", false)]
    public void Only_a_short_name_ending_in_members_is_a_members_account(string name, bool account) =>
        Assert.Equal(account, MetaAuthorNoWriter.IsMembersAccount(name));
}
