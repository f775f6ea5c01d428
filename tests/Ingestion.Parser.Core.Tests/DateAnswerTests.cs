using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class DateAnswerTests
{
    [Fact]
    public void A_date_line_over_the_comments_footer_naming_another_moment_is_the_comments_text()
    {
        var lines = new PageLines(TextLine.Split("• FDNY_retired\n\nSeptember 11, 2001 at 8:46 am\n\nSeptember 27, 2013 at 11:58 am | Reply"));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 2));
        Assert.Equal(CommentLine.Kind.Date, CommentLine.Classify(lines, 4));
    }

    [Fact]
    public void The_same_time_printed_twice_is_the_comments_time()
    {
        var lines = new PageLines(TextLine.Split("• FDNY_retired\n\nSeptember 27, 2013 at 11:58 am\n\nSeptember 27, 2013 at 11:58 am | Reply"));

        Assert.Equal(CommentLine.Kind.Date, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_date_over_a_clock_line_is_the_comments_time()
    {
        var lines = new PageLines(TextLine.Split("Jenna K.\n\nSeptember 27, 2013\n\n11:58 am"));

        Assert.Equal(CommentLine.Kind.Date, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_date_line_over_a_footer_printing_the_comments_age_is_the_comments_text()
    {
        var lines = new PageLines(TextLine.Split("• FDNY_retired\n\nSeptember 11, 2001 at 8:46 am\n\n2 days ago | Reply"));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 2));
        Assert.Equal(CommentLine.Kind.Date, CommentLine.Classify(lines, 4));
    }

    [Fact]
    public void An_earlier_day_over_a_bare_footer_is_the_comments_text()
    {
        var lines = new PageLines(TextLine.Split("• FDNY_retired\n\nSeptember 11, 2001 at 8:46 am\n\nSeptember 27, 2013 at 11:58 am"));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 2));
        Assert.Equal(CommentLine.Kind.Date, CommentLine.Classify(lines, 4));
    }

    [Fact]
    public void A_date_line_over_an_age_without_buttons_is_still_a_date()
    {
        var lines = new PageLines(TextLine.Split("• FDNY_retired\n\nSeptember 11, 2001 at 8:46 am\n\n2 days ago"));

        Assert.Equal(CommentLine.Kind.Date, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void Two_bare_times_of_one_day_are_the_comments_times()
    {
        var lines = new PageLines(TextLine.Split("• FDNY_retired\n\nSeptember 27, 2013 at 11:58 am\n\nSeptember 27, 2013 at 12:05 pm"));

        Assert.Equal(CommentLine.Kind.Date, CommentLine.Classify(lines, 2));
    }
}
