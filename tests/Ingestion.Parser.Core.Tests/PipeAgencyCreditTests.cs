using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PipeAgencyCreditTests
{
    [Theory]
    [InlineData("Bryce Holloway | Getty Images", true)]
    [InlineData("Mark Lennihan | AP", true)]
    [InlineData("Lindsey Garrow | @LGarrowCBN", false)]
    [InlineData("Markets | Getty Images of the week and more", false)]
    [InlineData("Stocks fell on Thursday. | Reuters", false)]
    [InlineData("Nadia Okafor | The Harbour Gazette | Getty Images", true)]
    [InlineData("Nadia Okafor | stocks fell on a grim Thursday | Getty Images", false)]
    [InlineData("Nadia Okafor | | Getty Images", true)]
    [InlineData("Nadia Okafor | Markets | Deals | Getty Images", false)]
    public void A_name_and_an_agency_parted_by_a_bar_credit_a_picture(string line, bool expected) =>
        Assert.Equal(expected, PipeAgencyCredit.Is(line));
}
