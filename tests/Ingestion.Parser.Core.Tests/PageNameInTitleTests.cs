using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PageNameInTitleTests
{
    private static string SiteOf(string rest, string body)
    {
        using var document = new HtmlParser().ParseDocument("<html><head><title>Headline | " + rest + "</title></head><body>" + body + "</body></html>");
        return PageNameInTitle.SiteOf(document, rest);
    }

    [Fact]
    public void The_part_the_front_page_link_shows_is_the_site()
    {
        Assert.Equal("Eastside Dispatch", SiteOf("Eastside Dispatch - Journal", "<a href=\"/\">Eastside Dispatch</a><p>Text.</p>"));
    }

    [Fact]
    public void Without_such_a_link_the_part_the_copyright_line_names_is_the_site()
    {
        Assert.Equal("Capitol Ledger", SiteOf("Floor Notes | Capitol Ledger", "<p>Text.</p><p>&copy; 2013 Capitol Ledger LLC. All rights reserved.</p>"));
    }

    [Fact]
    public void With_neither_the_whole_remainder_stays()
    {
        Assert.Equal("Floor Notes | Capitol Ledger", SiteOf("Floor Notes | Capitol Ledger", "<p>Text.</p><p>&copy; 2013 Ledger Holdings. All rights reserved.</p>"));
    }
}
