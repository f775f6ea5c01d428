using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteSuffixedShareTitleTests
{
    [Theory]
    [InlineData("Island Ferries | Harbour Ferry Company", "Island Ferries")]
    [InlineData("Winter timetable starts on Monday - Harbour Ferry Company", "Winter timetable starts on Monday")]
    [InlineData("Island Ferries » harbour ferry company", "Island Ferries")]
    public void The_headline_is_the_part_before_the_sites_name(string title, string headline) =>
        Assert.Equal(headline, SiteSuffixedShareTitle.Headline(title, "Harbour Ferry Company"));

    [Theory]
    [InlineData("News | Harbour Ferry Company")]
    [InlineData("Island Ferries of the Harbour Ferry Company")]
    [InlineData("Harbour Ferry Company | Island Ferries")]
    [InlineData("Harbour Ferry Company")]
    public void A_title_without_a_headline_before_a_separator_and_the_site_stays(string title) =>
        Assert.Null(SiteSuffixedShareTitle.Headline(title, "Harbour Ferry Company"));

    [Fact]
    public void A_landing_pages_share_title_loses_the_sites_name_when_no_heading_shows_the_headline()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes(FerryLandingPage.Html), "page.html");

        Assert.Equal("Island Ferries", article.Title);
        Assert.Equal("Harbour Ferry Company", article.Site);
    }

    [Fact]
    public void A_heading_that_shows_the_headline_alone_gives_it_as_before()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Winter timetable starts on Monday | Harbour Ferry Company</title>
            <meta property="og:title" content="Winter timetable starts on Monday | Harbour Ferry Company"><meta property="og:site_name" content="Harbour Ferry Company"></head><body>
            <article><h1>Winter timetable starts on Monday</h1>
            <p>The last evening boat leaves an hour earlier from Monday until the spring, the company said, as fewer passengers travel after dark.</p>
            <p>Day returns keep their price, and season tickets bought before Monday stay valid on every crossing of the winter timetable.</p></article>
            </body></html>
            """), "page.html");

        Assert.Equal("Winter timetable starts on Monday", article.Title);
    }
}
