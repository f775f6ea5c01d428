using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpacedColonLabelTests
{
    [Fact]
    public void A_tags_label_with_a_space_before_its_colon_reads_as_the_label() =>
        Assert.Equal(["Bell Island", "Portugal Cove", "Department of Transportation and Works"],
            TagLineParser.TryRead("Topics : Bell Island, Portugal Cove, Department of Transportation and Works"));

    [Fact]
    public void A_doubled_label_is_read_by_its_second_half() =>
        Assert.Equal(["Transport", "Penang", "ferry fares"], TagLineParser.TryRead("Tags / Keywords: Transport, Penang, ferry fares"));

    [Theory]
    [InlineData("Note : the ferry runs every hour.")]
    [InlineData("Topics are many : ferries, roads and bridges.")]
    [InlineData("The minister said : no new boat this year.")]
    public void A_spaced_colon_after_other_words_is_no_label(string line) =>
        Assert.Null(TagLineParser.TryRead(line));

    [Fact]
    public void The_match_covers_the_label_the_space_and_the_colon()
    {
        var labels = new PrefixSet("topics:", "tags:");

        Assert.Equal("Topics :".Length, SpacedColonLabel.MatchLength(labels, "Topics : Bell Island"));
        Assert.Equal(0, SpacedColonLabel.MatchLength(labels, "Topics: Bell Island"));
        Assert.Equal(0, SpacedColonLabel.MatchLength(labels, "Topical : Bell Island"));
    }
}
