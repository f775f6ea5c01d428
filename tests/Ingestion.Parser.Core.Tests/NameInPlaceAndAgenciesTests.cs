using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class NameInPlaceAndAgenciesTests
{
    [Theory]
    [InlineData("Teddy Ng in Beijing and agencies", "Teddy Ng")]
    [InlineData("Rowena Castle in New York and agencies", "Rowena Castle")]
    [InlineData("Rowena Castle in Kiev & agencies", "Rowena Castle")]
    [InlineData("Al Waha and agencies", null)]
    [InlineData("Staff in Beijing and agencies", null)]
    [InlineData("Teddy Ng in Beijing", null)]
    [InlineData("Protests in the capital and agencies", null)]
    public void A_byline_of_name_place_and_agencies_gives_the_name(string line, string? name) => Assert.Equal(name, NameInPlaceAndAgencies.TryRead(line));
}
