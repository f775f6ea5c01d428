using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class ExternalLinkBoxTests
{
    [Theory]
    [InlineData("Link Wiener Linien", true)]
    [InlineData("Links: Stadt Wien | Gemeinderat", true)]
    [InlineData("Link Road will close on Monday for repairs.", false)]
    [InlineData("Linked to the case", false)]
    public void An_austrian_dailys_link_box_is_told_apart(string line, bool box) => Assert.Equal(box, ExternalLinkBox.Is(line));
}
