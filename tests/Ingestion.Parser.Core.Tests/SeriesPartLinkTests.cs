using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SeriesPartLinkTests
{
    [Theory]
    [InlineData("Part 1: The valley's wells are going dry. Here's the map.")]
    [InlineData("Part 2: The town that ran out of water twice")]
    public void A_part_number_and_a_headline_is_a_series_link(string line) =>
        Assert.True(SeriesPartLink.Is(line));

    [Theory]
    [InlineData("Part of the problem: nobody counted the wells.")]
    [InlineData("Part 2: more")]
    [InlineData("Part 2015: The year the wells went dry")]
    [InlineData("The town that ran out of water twice")]
    public void A_sentence_a_short_rest_or_no_part_number_is_no_series_link(string line) =>
        Assert.False(SeriesPartLink.Is(line));

    [Fact]
    public void A_part_label_is_the_word_and_a_small_number() =>
        Assert.True(SeriesPartLink.IsPartLabel("Part 3") && !SeriesPartLink.IsPartLabel("Part three"));
}
