using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateNameOverFullTimeTests
{
    private static PageLines Lines(params string[] lines) => new(TextLine.Split(string.Join('\n', lines)));

    [Fact]
    public void A_day_without_year_right_over_a_full_time_is_the_name() =>
        Assert.True(DateNameOverFullTime.Is(Lines("Jan 20th", "September 26, 2013 at 8:15 am", "", "They both support it."), 0));

    [Theory]
    [InlineData("September 26, 2013", "8:15 am")]
    [InlineData("Jan 20th", "")]
    [InlineData("Sept. 26, 2013", "September 26, 2013 at 8:15 am")]
    [InlineData("Yesterday", "September 26, 2013 at 8:15 am")]
    public void A_date_over_its_clock_a_blank_or_a_dated_line_is_left_a_date(string line, string under) =>
        Assert.False(DateNameOverFullTime.Is(Lines(line, under, "They both support it."), 0));

    [Fact]
    public void The_date_named_commenter_keeps_his_comment()
    {
        var thread = string.Join('\n',
            "Marcy O'Toole",
            "September 26, 2013 at 8:02 am",
            "",
            "Neither one of them said a word about the Metro cost overruns.",
            "",
            "Reply",
            "",
            "Jan 20th",
            "September 26, 2013 at 8:15 am",
            "",
            "They both support it, so what is there to argue about?",
            "",
            "Reply");

        var comments = TextCommentParser.Parse(new PageLines(TextLine.Split(thread)));

        Assert.Equal(2, comments.Count);
        Assert.Equal("Jan 20th", comments[1].Author);
        Assert.Equal("2013-09-26T08:15:00", comments[1].PostedAt);
    }
}
