using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The view counter a blog or contributor network prints after the story's date (<c>MetadataLine.WithoutViewCount</c>).</summary>
public class ViewCountAfterDateTests
{
    [Theory]
    [InlineData("9/26/2013 @ 10:42AM 4,312 views", "2013-09-26")]
    [InlineData("By June Pratt, 3:31 PM on Wed Oct 10 2007, 11,482 views", "2007-10-10")]
    public void The_counter_after_the_date_leaves_the_date(string line, string day)
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.StartsWith(day, found.Time?.ToIso());
    }

    [Theory]
    [InlineData("4,312 views")]
    [InlineData("Most views")]
    public void A_counter_or_label_alone_gives_no_date(string line)
    {
        var found = new MetadataLine.Found();

        Assert.True(!MetadataLine.TryRead(line, ref found) || found.Time is null);
    }

    [Fact]
    public void The_dated_counter_line_under_the_headline_is_no_title()
    {
        var page = string.Join('\n',
            "Why Community Banks Are Quietly Winning Back Small-Business Borrowers",
            "",
            "9/26/2013 @ 10:42AM 4,312 views",
            "",
            "When Tasha Greenlee needed $60,000 to buy a second delivery van for her bakery in Akron this summer, the big bank told her to wait.",
            "",
            "A community bank two blocks away said yes in nine days, and it is not the only one winning back small-business borrowers this year.");
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "page.txt");
        Assert.Equal("Why Community Banks Are Quietly Winning Back Small-Business Borrowers", parsed.Title);
        Assert.StartsWith("2013-09-26", parsed.PublishedAt);
    }
}
