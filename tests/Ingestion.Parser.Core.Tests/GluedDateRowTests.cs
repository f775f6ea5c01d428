using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedDateRowTests
{
    [Theory]
    [InlineData("March 12, 2013BusinessJoanna Hollis 6 Comments", "March 12, 2013 | Business | Joanna Hollis 6 Comments")]
    [InlineData("12/03/2013Local NewsSam Ortiz", "12/03/2013 | Local News | Sam Ortiz")]
    public void A_date_glued_to_its_row_is_set_out_in_cells(string line, string expected) => Assert.Equal(expected, GluedDateRow.Spaced(line));

    [Theory]
    [InlineData("March 12, 2013 Business Joanna Hollis")]
    [InlineData("In 2013Apple sold more phones than ever.")]
    [InlineData("Grand Avenue rents up 30 percent in two yearsJanuary 22, 2013In \"Business\"")]
    [InlineData("The McDonald family moved here in 1994.")]
    [InlineData("June 23, 2021June 22, 2021 by Hollis Brennan")]
    public void A_line_without_a_glued_date_row_is_left(string line) => Assert.Same(line, GluedDateRow.Spaced(line));

    [Fact]
    public void A_name_with_a_short_prefix_stays_whole() =>
        Assert.Equal("March 12, 2013 | McDonald", GluedDateRow.Spaced("March 12, 2013McDonald"));
}
