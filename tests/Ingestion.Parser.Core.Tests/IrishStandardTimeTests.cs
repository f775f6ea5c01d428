using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class IrishStandardTimeTests
{
    private const string Body = "\n\nThe body of the story is a long paragraph of prose that goes on for a while and says things.\n";

    [Fact]
    public void Ist_on_a_page_naming_irish_places_is_irish_standard_time()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("Ferry strike called off\n\nThu, Sep 26, 2013, 07:15 IST\n\nDUBLIN: Unions in Dublin and Cork agreed to talks." + Body), "ie.txt");

        Assert.Equal("2013-09-26T07:15:00+01:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("PUNE: Traders in Pune and Dublin agreed to talks in India.")]
    [InlineData("Traders agreed to talks.")]
    [InlineData("DUBLIN: Unions agreed to talks.")]
    public void Ist_elsewhere_is_indias(string dateline)
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("Ferry strike called off\n\nThu, Sep 26, 2013, 07:15 IST\n\n" + dateline + Body), "in.txt");

        Assert.Equal("2013-09-26T07:15:00+05:30", page.PublishedAt);
    }
}
