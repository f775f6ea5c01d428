using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BlogNameOnHeadlineTests
{
    [Theory]
    [InlineData("The Note", "The Note: Shutdown Math Gets Harder", true)]
    [InlineData("The Note", "The Notebook Nobody Read", false)]
    [InlineData("Capitol Notebook", "House passes stopgap that strips health law money", false)]
    public void The_blogs_name_before_the_headlines_colon_is_the_blogs(string name, string headline, bool expected) =>
        Assert.Equal(expected, BlogNameOnHeadline.Is(name, headline));

    [Fact]
    public void A_blogs_name_over_its_headline_gives_way_to_the_copyright_holder()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            The Ledger Desk

            The Ledger Desk: Budget Talks Stall Again

            By MARA QUINN
            Sep 26, 2013 8:41am

            Four days before the money runs out, the two chambers are still trading bills that the other side has promised to reject.

            Leaders of both parties said they would keep talking through the weekend, though no meeting had been set.

            Copyright © 2013 Riverton Broadcast Ventures
            """), "page.txt");

        Assert.Equal("Riverton Broadcast Ventures", page.Site);
    }
}
