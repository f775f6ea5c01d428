using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNameCutAtTitleWordTests
{
    private static IReadOnlyList<string> AuthorsOf(string site, string byline) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour ferries switch to batteries - {{site}}</title>
        <meta property="og:site_name" content="{{site}}"></head><body>
        <article><h1>Harbour ferries switch to batteries</h1>
        <div class="byline"><p>By</p><span class="author vcard"><a href="/author/desk/" rel="author">{{byline}}</a></span></div>
        <div class="body"><p>The harbour's two ferries have run on batteries since Monday, the operator said on Tuesday, after a year of trials on the short crossing.</p>
        <p>The boats charge overnight at the northern pier and manage twelve crossings a day, the operator added in its statement.</p></div>
        </article></body></html>
        """), "page.html").Authors;

    [Fact]
    public void The_site_name_and_a_role_in_the_byline_name_no_writer()
    {
        Assert.Empty(AuthorsOf("Harbour Trade News", "Harbour Trade News Correspondent"));
    }

    [Fact]
    public void A_writer_on_the_site_stays()
    {
        Assert.Equal(["Ines Marlow"], AuthorsOf("Harbour Trade News", "Ines Marlow"));
    }

    [Fact]
    public void Only_a_name_short_of_a_paper_title_word_is_the_site()
    {
        Assert.True(SiteNameCutAtTitleWord.Is("Harbour Trade", "Harbour Trade News"));
        Assert.False(SiteNameCutAtTitleWord.Is("Harbour Trade", "Harbour Trade Quarterly"));
        Assert.False(SiteNameCutAtTitleWord.Is("Harbour", "Harbour News"));
        Assert.False(SiteNameCutAtTitleWord.Is("Ines Marlow", "Harbour Trade News"));
    }
}
