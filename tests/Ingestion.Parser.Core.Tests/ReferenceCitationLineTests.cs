using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReferenceCitationLineTests
{
    [Theory]
    [InlineData("More information: A. Ferris et al. Acoustic orientation of coral larvae, Marine Ecology Letters (2013). DOI: 10.1111/mel.1234", true)]
    [InlineData("More information: J. Okafor et al. Salt marsh carbon budgets, Coastal Research (2018).", true)]
    [InlineData("Journal information: Marine Ecology Letters", true)]
    [InlineData("More information: call the library at 555-0199 or visit its front desk.", false)]
    [InlineData("More information on the plan will be released at the meeting in June.", false)]
    [InlineData("The journal published the study on Monday.", false)]
    [InlineData("doi: 10.5555/ol-2020-01234", true)]
    [InlineData("DOI: 10.1111/mel.1234", true)]
    [InlineData("https://doi.org/10.5555/ol-2020-01234", true)]
    [InlineData("Orrin Letters 581, 22-23 (2020)", true)]
    [InlineData("Marine Ecology Letters 12, 1104 (2013)", true)]
    [InlineData("doi: the study gave none, its editors said in 2019.", false)]
    [InlineData("The team counted 574 nests, 16-17 a colony (2019)", false)]
    [InlineData("Route 9, 12-14 (closed)", false)]
    public void A_science_storys_citation_line_is_no_text(string line, bool citation) =>
        Assert.Equal(citation, ReferenceCitationLine.Is(line));
}
