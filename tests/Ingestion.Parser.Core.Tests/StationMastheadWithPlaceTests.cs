using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StationMastheadWithPlaceTests
{
    [Theory]
    [InlineData("KLBX 11 News - Lubbock, Texas", "KLBX 11 News")]
    [InlineData("WKRV Channel 8 - Riverton, Ohio", "WKRV Channel 8")]
    [InlineData("The Pine Hollow Courier - Pine Hollow, Minn.", "The Pine Hollow Courier")]
    [InlineData("Chiefs cruise past Giants - Kansas City, Mo.", null)]
    [InlineData("Council approves cameras at 12 intersections - KLBX 11 News", null)]
    [InlineData("KLBX 11 News", null)]
    public void A_name_a_dash_and_a_town_and_state_is_a_masthead(string line, string? name)
    {
        // A headline before a dateline's town has small words no name has; a masthead without its town is asked elsewhere.
        Assert.Equal(name, StationMastheadWithPlace.Name(line));
    }
}
