using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedDeskBeforeDateTests
{
    [Theory]
    [InlineData("(wienerblatt) Erstellt am 14.03.2012, 07:30", "Erstellt am 14.03.2012, 07:30")]
    [InlineData("(apa/red) 14.03.2012, 07:30", "14.03.2012, 07:30")]
    [InlineData("(2012) 14.03.2012, 07:30", "(2012) 14.03.2012, 07:30")]
    [InlineData("(siehe auch unten im Kasten) 14.03.2012", "(siehe auch unten im Kasten) 14.03.2012")]
    [InlineData("(wienerblatt) Die Stadt plant neue Radwege", "(wienerblatt) Die Stadt plant neue Radwege")]
    [InlineData("Erstellt am 14.03.2012, 07:30", "Erstellt am 14.03.2012, 07:30")]
    public void Only_a_short_bracketed_name_before_a_date_goes(string line, string expected) =>
        Assert.Equal(expected, BracketedDeskBeforeDate.Without(line));

    [Fact]
    public void The_desk_and_its_time_under_the_text_are_a_date_line_and_a_bracketed_aside_is_not()
    {
        var lines = new PageLines(TextLine.Split("(wienerblatt) Erstellt am 14.03.2012, 07:30\n(nicht bestätigt) Die Stadt plant 40 neue Radwege"));
        Assert.True(lines.TryParseDate(0, out var time));
        Assert.Equal("2012-03-14T07:30:00", time.ToIso());
        Assert.False(lines.TryParseDate(1, out _));
    }
}
