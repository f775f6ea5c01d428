using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BoxScoreSummaryLineTests
{
    [Theory]
    [InlineData("Set scores: Northern Ridge 25 25 19 22 11 - 2; Lakeland State 23 21 25 25 15 - 3")]
    [InlineData("Attendance: 1,847")]
    [InlineData("Score by innings: Lakeland 0 1 0 2 0 0 3 0 1; Bellmont 1 0 0 0 0 2 0 0 0")]
    public void A_label_over_names_and_numbers_is_a_box_score_line(string line) => Assert.True(BoxScoreSummaryLine.Is(line));

    [Theory]
    [InlineData("Attendance: about 1,847 fans stayed for all five sets")]
    [InlineData("Update: the match moved to 7 p.m. on Oct. 4 and 5 because of the storm")]
    [InlineData("Tickets: $5 for adults, $3 for students")]
    [InlineData("The Wildcats won 25-23, 21-25, 25-19, 25-22, 15-11 on Saturday.")]
    public void Text_between_the_numbers_is_no_box_score_line(string line) => Assert.False(BoxScoreSummaryLine.Is(line));
}
