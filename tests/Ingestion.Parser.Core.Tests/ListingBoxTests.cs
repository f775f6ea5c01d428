using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ListingBoxTests
{
    private static PageLines Page(params string[] lines) => new(TextLine.Split(string.Join("\n", lines)));

    [Fact]
    public void Every_line_of_the_block_holding_the_facts_row_is_the_box()
    {
        var lines = Page("The association's figures are due out in late October.", "", "Featured Listing", "412 Alder Lane, Brookfield", "$289,900",
            "3 bd | 2 ba | 1,850 sq ft", "Updated kitchen, fenced yard, two-car garage.", "Listed by Harbor Point Realty");

        Assert.False(ListingBox.Is(lines, 0));
        Assert.True(ListingBox.Is(lines, 2));
        Assert.True(ListingBox.Is(lines, 6));
        Assert.True(ListingBox.Is(lines, 7));
    }

    [Theory]
    [InlineData("3 bd | 2 ba | 1,850 sq ft", true)]
    [InlineData("4 beds | 2.5 baths | 2,400 sq. ft.", true)]
    [InlineData("The 1,850-square-foot house has three bedrooms and two baths.", false)]
    [InlineData("Sales | Rentals | Open Houses", false)]
    public void Reads_the_facts_row(string line, bool expected) => Assert.Equal(expected, ListingBox.IsFactsRow(line));

    [Fact]
    public void With_no_blank_line_the_short_last_sentence_under_the_text_is_no_box_line()
    {
        var lines = Page("Carranza and his wife have raised their budget twice, and they are now looking in neighboring Dalton Township instead.",
            "The association's figures are due out in late October.", "Featured Listing", "412 Alder Lane, Brookfield", "$289,900",
            "3 bd | 2 ba | 1,850 sq ft", "Updated kitchen, fenced yard, two-car garage.");

        Assert.False(ListingBox.Is(lines, 1));
        Assert.True(ListingBox.Is(lines, 2));
        Assert.True(ListingBox.Is(lines, 6));
    }
}
