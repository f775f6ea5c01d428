using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Czech month names (nominative and genitive), days and story-line labels in <see cref="DateWords"/>.</summary>
public class CzechDateWordsTests
{
    [Theory]
    [InlineData("26. září 2013  17:42", "2013-09-26T17:42:00")]
    [InlineData("Publikováno: 3. března 2014 8:15", "2014-03-03T08:15:00")]
    [InlineData("čtvrtek 12. prosince 2013", "2013-12-12")]
    [InlineData("1. listopadu 2013", "2013-11-01")]
    public void A_czech_story_line_reads_as_its_date(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Fact]
    public void The_update_after_the_clock_is_no_part_of_the_publish_time() =>
        Assert.True(MetadataLine.UpdateWords.IndexIn("26. září 2013 17:42, aktualizováno 19:05") > 0);

    [Fact]
    public void A_czech_sentence_naming_a_month_is_no_date_line() =>
        Assert.False(DateLineParser.TryParseLine("Nové jízdenky začnou automaty prodávat od prosince.", out _));
}
