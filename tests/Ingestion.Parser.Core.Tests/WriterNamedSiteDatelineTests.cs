using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterNamedSiteDatelineTests
{
    private static ParsedPage Parse(string siteName) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        {{siteName}}

          * Home
          * About

        Notes from a winter on the harbour wall

        {{siteName}}, April 19, 2020

        The last ferry leaves the island at eleven, and for a whole winter I missed it by a minute almost every night of the week.

        So I learned to sit on the harbour wall and wait for the morning boat, and the waiting turned out to be the part I remember.
        """), "winter.txt");

    [Fact]
    public void A_blog_named_after_its_writer_dates_the_post_under_the_writers_name()
    {
        var page = Parse("Ida Holm");
        Assert.Equal(["Ida Holm"], page.Authors);
        Assert.Equal("2020-04-19", page.PublishedAt);
    }

    [Theory]
    [InlineData("The Harbour Times")]
    [InlineData("Harlow Sentinel")]
    public void A_papers_name_before_its_date_is_no_writer(string paper)
    {
        var page = Parse(paper);
        Assert.Empty(page.Authors);
        Assert.Equal("2020-04-19", page.PublishedAt);
    }
}
