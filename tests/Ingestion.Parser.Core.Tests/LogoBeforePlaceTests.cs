using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoBeforePlaceTests
{
    [Theory]
    [InlineData("The Carrollton Star-Register Carrollton, S.C.", "The Carrollton Star-Register")]
    [InlineData("The Port Ellis Ledger Port Ellis, Maine", "The Port Ellis Ledger")]
    [InlineData("Keene Sentinel Keene, NH", "Keene Sentinel")]
    [InlineData("The Daily Courier Springfield, Ohio", null)]
    [InlineData("Subscribe | e-Edition | Login | Carver Falls, MN", null)]
    [InlineData("Carrollton, S.C.", null)]
    public void The_logo_is_what_stands_before_the_papers_town(string line, string? logo) => Assert.Equal(logo, LogoBeforePlace.Name(line));
}
