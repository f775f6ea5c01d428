using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpacedDottedDateTests
{
    [Theory]
    [InlineData("27. 9. 2013 16:41", "2013-09-27T16:41:00")]
    [InlineData("Petr Novák | 27. 9. 2013 16:41", null)]
    [InlineData("1. 10. 2013", "2013-10-01")]
    [InlineData("27.9.2013 16:41", "2013-09-27T16:41:00")]
    public void A_dotted_date_with_spaces_after_its_dots_reads_day_first(string line, string? expected)
    {
        if (expected is null)
        {
            // The header's name makes the line no date line; the comment reader takes the date after the bar.
            Assert.False(DateLineParser.TryParseLine(line, out _));
            return;
        }

        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("27 9 2013")]
    [InlineData("27. 13. 2013")]
    [InlineData("31. 9. 2013")]
    [InlineData("Kapitola 3. 5. 2013")]
    public void Numbers_without_both_dots_or_no_calendar_day_make_no_date(string line) =>
        Assert.False(DateLineParser.TryParseLine(line, out var time) && time.Date is not null);

    [Fact]
    public void A_czech_thread_with_spaced_dates_and_react_buttons_splits_into_its_comments()
    {
        var lines = new PageLines(TextLine.Split("Diskuse (2)\n\nPetr Novák | 27. 9. 2013 16:41\nKonečně. Ten most je ostuda už deset let.\nReagovat   Nahlásit   +24 / -2\n\n"
            + "Karel Svoboda | 27. 9. 2013 17:12\nJedním směrem po dobu roku a půl? To bude v Libni kolaps.\nReagovat   Nahlásit   +31 / -4\n"));

        var comments = TextCommentParser.Parse(lines);

        Assert.Equal(["Petr Novák", "Karel Svoboda"], comments.Select(comment => comment.Author));
        Assert.Equal(["2013-09-27T16:41:00", "2013-09-27T17:12:00"], comments.Select(comment => comment.PostedAt));
        Assert.All(comments, comment => Assert.Single(comment.Paragraphs));
    }

    [Fact]
    public void A_polish_rating_row_under_a_comment_is_no_text()
    {
        var lines = new PageLines(TextLine.Split("Komentarze (2)\n\ngocławianin 27.09.13, 16:45\nCzekamy od dziesięciu lat, poczekamy jeszcze cztery.\nOdpowiedz   zgłoś   oceń: +41 -2\n\n"
            + "zbyszek_m 27.09.13, 17:40\n420 milionów za kilka kilometrów torów?\nOdpowiedz   zgłoś   oceń: +15 -7\n"));

        var comments = TextCommentParser.Parse(lines);

        Assert.Equal(["gocławianin", "zbyszek_m"], comments.Select(comment => comment.Author));
        Assert.All(comments, comment => Assert.Single(comment.Paragraphs));
    }
}
