using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ExclusiveBylineLabelTests
{
    [Theory]
    [InlineData("Exclusive by Hamish Lorimer", "by Hamish Lorimer")]
    [InlineData("EXCLUSIVE: By Hamish Lorimer", "By Hamish Lorimer")]
    public void The_scoops_label_before_the_byline_is_dropped(string line, string expected) => Assert.Equal(expected, ExclusiveBylineLabel.Without(line));

    [Theory]
    [InlineData("Exclusive: Highland schools short of 41 teachers")]
    [InlineData("Exclusive by design, the club admits only 40 members")]
    [InlineData("Exclusively by post")]
    public void A_headline_or_a_sentence_stays(string line) => Assert.Equal(line, ExclusiveBylineLabel.Without(line));

    [Fact]
    public void The_line_then_names_the_writer()
    {
        var found = default(MetadataLine.Found);

        Assert.True(MetadataLine.TryRead("Exclusive by Hamish Lorimer", ref found));
        Assert.Equal(["Hamish Lorimer"], found.Authors);
    }
}
