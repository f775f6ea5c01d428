using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PreviousNextPairTests
{
    [Theory]
    [InlineData("« Previous entry Next entry »")]
    [InlineData("« Older Entries Newer Entries »")]
    [InlineData("« Prev post Next post »")]
    public void Two_neighbour_links_on_one_line_are_navigation(string line)
    {
        Assert.True(PreviousNextPair.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("« Previous governments never did this, and next year they will not either »")]
    [InlineData("« Nous ne lâcherons rien, next time »")]
    [InlineData("« Previous entry")]
    public void A_quotation_or_one_link_is_no_pair(string line) => Assert.False(PreviousNextPair.Is(line));
}
