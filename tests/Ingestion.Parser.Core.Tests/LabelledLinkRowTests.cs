using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledLinkRowTests
{
    [Theory]
    [InlineData("More from L.A. Now: Glendale approves bike lanes on Brand | Metro board delays Gold Line vote", true)]
    [InlineData("More from Metro: Bus fares rise in June | Crews repave Fifth Avenue | Library hours cut", true)]
    [InlineData("More from the council: it met twice and voted once.", false)]
    [InlineData("More on the budget: Mayor Ruiz said the gap is $4 million. | Council to vote", false)]
    [InlineData("More from L.A. Now: Glendale approves bike lanes on Brand", false)]
    public void A_label_with_its_links_on_one_line_is_a_link_row(string line, bool isRow) => Assert.Equal(isRow, LabelledLinkRow.Is(line));
}
