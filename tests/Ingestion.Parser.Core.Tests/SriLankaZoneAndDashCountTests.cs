using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SriLankaZoneAndDashCountTests
{
    [Fact]
    public void Sri_lanka_standard_time_is_five_and_a_half_hours_ahead() =>
        Assert.Equal(TimeSpan.FromHours(5.5), TimeZoneAbbreviations.OffsetAt("SLST", new DateTime(2013, 9, 26, 17, 42, 0)));

    [Theory]
    [InlineData("Comments - 4", 4)]
    [InlineData("Comments – 12", 12)]
    [InlineData("Comments (4)", 4)]
    [InlineData("Comments 1 - 4 of 4", 4)]
    public void A_count_set_off_by_a_spaced_dash_is_declared(string line, int count) =>
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));

    [Theory]
    [InlineData("Comments - 4 readers agreed with the mayor")]
    [InlineData("Comments - four")]
    public void A_sentence_or_a_word_after_the_dash_declares_nothing(string line) =>
        Assert.Null(CommentHeadings.DeclaredCount(line));
}
