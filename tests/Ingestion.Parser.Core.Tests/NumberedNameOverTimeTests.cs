using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NumberedNameOverTimeTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_numbered_name_reading_as_a_day_and_month_over_the_full_time_is_the_header()
    {
        var lines = Lines("3. Marco\nSeptember 28, 2013 at 3:30 pm\nHonestly the flight is the right call.");

        Assert.True(NumberedNameOverTime.Is(lines, 0));
        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 0));
    }

    [Fact]
    public void A_numbered_name_reading_as_a_day_and_month_over_an_age_is_the_header() =>
        Assert.True(NumberedNameOverTime.Is(Lines("3. Marco\n2 days ago\nHonestly the flight is the right call."), 0));

    [Fact]
    public void A_numbered_name_reading_as_a_day_and_month_over_text_and_its_time_is_the_header() =>
        Assert.True(NumberedNameOverTime.Is(Lines("3. Marco\nHonestly the flight is the right call.\n\nI did this route in 2011.\nSeptember 28, 2013 at 3:30 pm | Reply"), 0));

    [Fact]
    public void A_numbered_name_over_text_or_a_plain_name_is_not_asked()
    {
        Assert.False(NumberedNameOverTime.Is(Lines("3. Marco\nHonestly the flight is the right call."), 0));
        Assert.False(NumberedNameOverTime.Is(Lines("3. Marco\nHonestly the flight is the right call.\n4. Yuki Sato\nSeptember 29, 2013 at 10:21 am"), 0));
        Assert.False(NumberedNameOverTime.Is(Lines("3. Marco Ricci\nSeptember 28, 2013 at 3:30 pm"), 0));
        Assert.False(NumberedNameOverTime.Is(Lines("Marco\nSeptember 28, 2013 at 3:30 pm"), 0));
    }

    [Fact]
    public void A_numbered_name_that_is_a_whole_date_over_text_and_its_time_is_the_name()
    {
        var lines = Lines("10. Nov. 6 2012\n\n    There was an election about this law. The law won.\n\n    September 25, 2013 at 2:20 pm | Reply");

        Assert.True(NumberedNameOverTime.TryReadDateName(lines, 0, out var author));
        Assert.Equal("Nov. 6 2012", author);
    }

    [Fact]
    public void A_numbered_date_in_a_list_without_a_comments_time_is_no_name() =>
        Assert.False(NumberedNameOverTime.TryReadDateName(Lines("10. Nov. 6 2012\nThe election was held.\n11. Jan. 20 2013\nThe inauguration."), 0, out _));

    [Fact]
    public void A_numbered_saying_header_named_after_a_whole_date_names_the_commenter()
    {
        Assert.True(CommentLine.TryReadAuthor("10. Nov. 6 2012 says:", out var author, out var time, out _));
        Assert.Equal("Nov. 6 2012", author);
        Assert.Null(time);
    }
}
