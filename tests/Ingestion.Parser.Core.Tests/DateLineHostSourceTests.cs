using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateLineHostSourceTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void The_host_name_after_the_date_under_the_title_is_the_site()
    {
        var lines = Lines("Iran's president says deal possible\n\nPublished September 26, 2013 | SentinelNews.com\n\nUNITED NATIONS – Iran's new president said Thursday …");
        Assert.Equal("SentinelNews.com", DateLineHostSource.Name(lines, 0, lines.Count));
    }

    [Fact]
    public void A_bar_without_a_date_before_it_names_no_site()
    {
        var lines = Lines("Iran's president says deal possible\n\nWorld | SentinelNews.com\n\nUNITED NATIONS – Iran's new president said Thursday …");
        Assert.Null(DateLineHostSource.Name(lines, 0, lines.Count));
    }

    [Fact]
    public void A_plain_date_line_names_no_site()
    {
        var lines = Lines("Iran's president says deal possible\n\nPublished September 26, 2013 | 4:12 PM\n\nUNITED NATIONS – Iran's new president said Thursday …");
        Assert.Null(DateLineHostSource.Name(lines, 0, lines.Count));
    }
}
