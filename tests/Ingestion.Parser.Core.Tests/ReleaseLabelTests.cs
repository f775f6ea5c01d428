using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReleaseLabelTests
{
    [Theory]
    [InlineData("NEWS RELEASE")]
    [InlineData("Press Release")]
    [InlineData("FOR IMMEDIATE RELEASE")]
    [InlineData("Media Advisory:")]
    public void A_press_offices_label_names_nobody(string line)
    {
        Assert.True(ReleaseLabel.Is(line));
        Assert.False(Words.LooksLikePersonName(line));
    }

    [Theory]
    [InlineData("Nell Reese")]
    [InlineData("DANA WHITCOMB")]
    public void A_name_stays_a_name(string line)
    {
        Assert.False(ReleaseLabel.Is(line));
        Assert.True(Words.LooksLikePersonName(line));
    }

    [Theory]
    [InlineData("Release Date: September 26, 2013", "2013-09-26")]
    [InlineData("Released: Sept. 26, 2013", "2013-09-26")]
    public void A_releases_date_label_opens_a_date_line(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Fact]
    public void A_release_in_a_sentence_is_no_date_line() =>
        Assert.False(DateLineParser.TryParseLine("The album saw its release on September 26, 2013 in Europe", out _));
}
