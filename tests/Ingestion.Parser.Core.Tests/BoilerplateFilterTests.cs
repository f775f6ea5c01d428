using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BoilerplateFilterTests
{
    [Theory]
    [InlineData("2,311 Share Tweet Email Comment")]
    [InlineData("* Share this on Facebook")]
    [InlineData("• Share this on Twitter")]
    [InlineData("Advertisement")]
    [InlineData("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━")]
    [InlineData("* * *")]
    [InlineData("* Font Size: Default font size. Larger font size.")]
    public void Share_rows_their_counts_and_their_list_items_are_boilerplate(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Shares rose 2,311 points on Tuesday after the report.")]
    [InlineData("* Residents will vote on the plan in May")]
    public void Text_is_no_boilerplate(string line) => Assert.False(BoilerplateFilter.IsBoilerplate(line));
}
