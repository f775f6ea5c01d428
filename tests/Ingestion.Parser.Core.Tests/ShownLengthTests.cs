using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownLengthTests
{
    [Fact]
    public void Indentation_between_cells_counts_as_one_space()
    {
        var indented = "\n            \n              Reader Comments (3)\n            \n            \n              Comment policy\n          ";
        Assert.Equal("Reader Comments (3) Comment policy".Length, ShownLength.Of(indented));
    }

    [Fact]
    public void Text_without_extra_whitespace_keeps_its_length()
    {
        Assert.Equal(19, ShownLength.Of("Reader Comments (3)"));
        Assert.Equal(0, ShownLength.Of(" \n\t "));
    }
}
