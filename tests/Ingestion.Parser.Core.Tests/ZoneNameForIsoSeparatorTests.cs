using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ZoneNameForIsoSeparatorTests
{
    [Theory]
    [InlineData("2026-07-27CEST10:42:45+02:00", "2026-07-27T10:42:45+02:00")]
    [InlineData("2014-03-05EST08:15:00-05:00", "2014-03-05T08:15:00-05:00")]
    [InlineData("2019-11-02UTC23:59:00+00:00", "2019-11-02T23:59:00+00:00")]
    public void A_zone_abbreviation_where_the_T_belongs_gives_way_to_the_T(string value, string iso) =>
        Assert.Equal(iso, ZoneNameForIsoSeparator.WithT(value));

    [Theory]
    [InlineData("2026-07-27T10:42:45+02:00")]
    [InlineData("2026-07-27 10:42:45")]
    [InlineData("2026-07-27ABCDEF10:42:45")]
    [InlineData("2026-07-27cest10:42:45")]
    [InlineData("2026-07-27CEST1042")]
    [InlineData("2026-07-27CEST")]
    public void Other_values_are_not_rewritten(string value) => Assert.Null(ZoneNameForIsoSeparator.WithT(value));

    [Fact]
    public void The_published_meta_written_with_the_zone_letters_is_read_with_its_offset() =>
        Assert.Equal("2026-07-27T10:42:45+02:00", DateLineParser.ToIso("2026-07-27CEST10:42:45+02:00"));

    [Fact]
    public void A_date_line_in_words_is_still_read_by_the_words() =>
        Assert.Equal("2026-07-27", DateLineParser.ToIso("July 27, 2026"));
}
