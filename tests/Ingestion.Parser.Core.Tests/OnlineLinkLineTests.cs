using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OnlineLinkLineTests
{
    [Theory]
    [InlineData("Online: http://www.portalden.example.gov/pier")]
    [InlineData("Online: http://www.nhc.noaa.gov, http://www.fema.gov")]
    [InlineData("Online: www.example.org/report")]
    public void A_wire_story_s_closing_address_line_is_furniture(string line)
    {
        Assert.True(OnlineLinkLine.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Online: the new frontier for small-town papers, and a hard one.")]
    [InlineData("Online:")]
    [InlineData("Online sales rose 12 percent, http://example.com says.")]
    public void A_sentence_or_a_bare_label_is_no_address_line(string line) => Assert.False(OnlineLinkLine.Is(line));
}
