using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JoinedTagLabelsTests
{
    [Theory]
    [InlineData("Tags/Keywords: Transport, Penang, ferry fares")]
    [InlineData("Tags|Keywords: Transport, Penang, ferry fares")]
    [InlineData("Tags/Themen: Transport, Penang, ferry fares")]
    [InlineData("Mots-clés/Tags: Transport, Penang, ferry fares")]
    public void Two_tag_labels_joined_without_spaces_read_as_one_label(string line) =>
        Assert.Equal(["Transport", "Penang", "ferry fares"], TagLineParser.TryRead(line));

    [Theory]
    [InlineData("AC/DC: Transport, Penang, ferry fares")]
    [InlineData("News/Tags")]
    [InlineData("Tags/Keywords")]
    [InlineData("Topics/Politics, Transport and Penang ferry fares were discussed.")]
    public void A_slash_without_a_label_on_each_side_parts_nothing(string line) =>
        Assert.Null(JoinedTagLabelsOf(line));

    [Fact]
    public void A_prose_line_with_a_slash_is_no_tag_line() =>
        Assert.Null(TagLineParser.TryRead("Fares/tolls: the council said the ferry would cost more from October."));

    private static string? JoinedTagLabelsOf(string line) =>
        JoinedTagLabels.SecondHalf(line, TagLinePrefixes.Value);

    private static readonly Lazy<PrefixSet> TagLinePrefixes = new(() => new PrefixSet("tags:", "keywords:", "topics:", "themen:"));
}
