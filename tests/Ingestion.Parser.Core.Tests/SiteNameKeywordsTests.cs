using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNameKeywordsTests
{
    [Theory]
    [InlineData("Millbrook|Millbrook Sentinel|news|sports", "The Millbrook Sentinel", true)]
    [InlineData("news|weather|sports|Millbrook|Ohio|WTLX|NewsChannel 9", "WTLX NewsChannel 9", true)]
    [InlineData("school bus|crash|Route 18|Hale County", "WTLX NewsChannel 9", false)]
    [InlineData("WTLX|weather|NewsChannel 9", "WTLX NewsChannel 9", false)]
    [InlineData("news|sports", null, false)]
    [InlineData("TCRTA|bus|transit|Westbrook", "Tri-County Regional Transit Authority", true)]
    [InlineData("TCR|bus|transit", "Tri-County Regional Transit Authority", false)]
    [InlineData("ATM|bus", "Tri-County Regional Transit Authority", false)]
    public void A_keywords_meta_naming_the_site_is_the_sites_list(string keywords, string? site, bool names)
    {
        Assert.Equal(names, SiteNameKeywords.NamesSite(keywords.Split('|'), site));
    }

    [Theory]
    [InlineData("Nachrichten,Harbourtown,Hessen,Harbourtown,News,Westbrook", "Harbourtown|News", true)]
    [InlineData("Nachrichten,Harbourtown,News,Westbrook", "Harbourtown·News", true)]
    [InlineData("Harbourtown,Fähre,News", "Harbourtown|News", false)]
    [InlineData("Harbourtown,Newsletter", "Harbourtown|News", false)]
    public void A_keywords_meta_splitting_a_mark_joined_site_name_over_two_entries_is_the_sites_list(string keywords, string site, bool names)
    {
        Assert.Equal(names, SiteNameKeywords.NamesSite(keywords.Split(','), site));
    }

    [Theory]
    [InlineData("tidebook|reading list|saved articles|tablet|reader app", "Tidebook", "Privacy Policy", true)]
    [InlineData("A new bridge for the south side|Public works|Tidebook", "Tidebook", "A new bridge for the south side", false)]
    [InlineData("bridge|public works|south side", "Tidebook", "A new bridge for the south side", false)]
    public void A_keywords_meta_naming_the_site_found_late_is_the_sites_list_unless_it_holds_the_headline(string keywords, string site, string title, bool names)
    {
        Assert.Equal(names, SiteNameKeywords.NamesLateSite(keywords.Split('|'), site, title));
    }

    [Fact]
    public void A_keywords_meta_opening_with_the_masthead_links_name_gives_no_tags()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Tidebook: Privacy Policy</title>
            <meta name="keywords" content="tidebook, reading list, saved articles, tablet, reader app"></head><body>
            <header><h1 id="logo"><a href="/">Tidebook</a></h1><nav><ul><li><a href="/signup">Sign Up</a></li><li><a href="/login">Log In</a></li></ul></nav></header>
            <div class="page"><h2>Privacy Policy</h2><h4><em>Posted March 3, 2016</em></h4>
            <p>This policy says what Tidebook keeps about the people who save articles with it, why it keeps it and for how long, and whom it shares it with.</p>
            <p>We keep the address of every page you save, the time you saved it and the device you saved it from, so that your list looks the same everywhere.</p>
            </div><footer><p>© 2016 Tidebook Labs</p></footer></body></html>
            """), "page.html");

        Assert.Equal("Tidebook", page.Site);
        Assert.Empty(page.Tags);
    }
}
