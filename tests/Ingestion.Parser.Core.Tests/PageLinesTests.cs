using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PageLinesTests
{
    private static readonly PageLines Rail = new(TextLine.Split("Around Town\nFall Festival set\nRoad work wraps up\n\nComments\n"));

    private static bool IsHeadline(string line) => line.Length > 0 && char.IsUpper(line[0]) && !line.EndsWith('.');

    [Fact]
    public void A_block_ends_at_the_first_blank_line() => Assert.Equal(3, Rail.BlockEnd(0, Rail.Count, IsHeadline));

    [Fact]
    public void A_block_ends_at_the_first_line_that_fails_the_test() =>
        Assert.Equal(1, Rail.BlockEnd(0, Rail.Count, line => line.StartsWith("Around", StringComparison.Ordinal)));

    [Fact]
    public void A_block_ends_at_the_given_end() => Assert.Equal(2, Rail.BlockEnd(0, 2, IsHeadline));
}
