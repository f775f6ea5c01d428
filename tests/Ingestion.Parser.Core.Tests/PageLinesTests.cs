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

    [Fact]
    public void The_non_blank_lines_after_a_line_skip_blanks_and_stop_at_the_count_or_the_end()
    {
        Assert.Equal([1, 2, 4], Rail.NonBlankAfter(0, 3, Rail.Count));
        Assert.Equal([1], Rail.NonBlankAfter(0, 1, Rail.Count));
        Assert.Equal([2], Rail.NonBlankAfter(1, 5, 4));
    }
}
