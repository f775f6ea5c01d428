using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ViaSourceLineTests
{
    [Theory]
    [InlineData("[via Granger Falls Gazette]")]
    [InlineData("(via Local News 8)")]
    public void A_bracketed_via_line_is_a_source_credit(string line)
    {
        Assert.True(ViaSourceLine.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("(via email, the council said)")]
    [InlineData("The clip came to us via the town's public access channel on Wednesday morning.")]
    [InlineData("[via]")]
    [InlineData("[via   ]")]
    public void Prose_and_lower_case_asides_are_not(string line) => Assert.False(ViaSourceLine.Is(line));
}
