using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class ButtonWordAnswerTests
{
    [Fact]
    public void A_button_word_over_a_date_line_that_carries_the_button_is_the_comments_text()
    {
        var lines = new PageLines(TextLine.Split("• Tom in Tulsa\n\nReply\n\nSeptember 25, 2013 at 7:12 pm | Reply"));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_reply_word_over_a_date_line_that_carries_a_reply_button_in_another_language_is_the_comments_text()
    {
        var lines = new PageLines(TextLine.Split("• Tom in Tulsa\n\nReply\n\n25. September 2013 um 19:12 Uhr | Antworten"));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_reply_word_over_a_date_line_with_only_other_buttons_is_still_a_button()
    {
        var lines = new PageLines(TextLine.Split("• Tom in Tulsa\n\nAntworten\n\n25. September 2013 um 19:12 Uhr | Missbrauch melden"));

        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_button_row_over_a_bare_date_line_is_still_a_button()
    {
        var lines = new PageLines(TextLine.Split("Tom in Tulsa\n\nReply\n\nSeptember 25, 2013 at 7:12 pm"));

        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_button_under_the_date_line_is_still_a_button()
    {
        var lines = new PageLines(TextLine.Split("Tom in Tulsa\nSeptember 25, 2013 at 7:12 pm | Reply\nReply\nSeptember 25, 2013 at 7:15 pm | Reply"));

        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_button_word_over_a_date_line_that_prints_its_buttons_first_is_the_comments_text()
    {
        var lines = new PageLines(TextLine.Split("• Tom in Tulsa\n\nReply\n\nReply | September 25, 2013 at 7:12 pm"));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_button_word_in_a_thread_that_prints_no_buttons_is_the_comments_text()
    {
        var lines = new PageLines(TextLine.Split(
            "1. Rick Haller\n\nWhat could go wrong?\n\nPosted September 25, 2013 at 7:04 pm\n• Tom in Tulsa\n\nReply\n\nPosted September 25, 2013 at 7:12 pm"));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 7));
    }

    [Fact]
    public void A_button_row_over_every_date_line_is_still_a_button()
    {
        var lines = new PageLines(TextLine.Split(
            "1. Rick Haller\n\nWhat could go wrong?\n\nReply\n\nPosted September 25, 2013 at 7:04 pm\n• Tom in Tulsa\n\nFound it.\n\nReply\n\nPosted September 25, 2013 at 7:12 pm"));

        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(lines, 11));
    }

    [Fact]
    public void A_button_word_over_an_age_that_carries_the_button_is_the_comments_text()
    {
        var lines = new PageLines(TextLine.Split("• Tom in Tulsa\n\nReply\n\n2 days ago | Reply"));

        Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_button_row_over_a_bare_age_is_still_a_button()
    {
        var lines = new PageLines(TextLine.Split("Tom in Tulsa\n\nReply\n\n2 days ago"));

        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(lines, 2));
    }

    [Fact]
    public void A_button_row_over_the_next_comments_numbered_name_that_reads_as_a_day_is_still_a_button()
    {
        var lines = new PageLines(TextLine.Split("  1. backpackbea\n    September 28, 2013 at 9:12 am\n    Perfect, thanks!\n    Reply\n  3. Marco\n    September 28, 2013 at 3:30 pm\n    Honestly the flight is the right call."));

        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(lines, 3));
    }
}
