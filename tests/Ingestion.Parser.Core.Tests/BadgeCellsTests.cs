using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BadgeCellsTests
{
    [Theory]
    [InlineData("Gordon Pike   Fan   112 fans", "Gordon Pike")]
    [InlineData("Marisol Benavides   Blogger", "Marisol Benavides")]
    [InlineData("Dwight Olander", "Dwight Olander")]
    [InlineData("Gordon Pike   Portland, OR", "Gordon Pike   Portland, OR")]
    public void Badge_and_follower_cells_after_the_name_are_no_part_of_it(string header, string name) =>
        Assert.Equal(name, BadgeCells.Without(header).ToString());
}
