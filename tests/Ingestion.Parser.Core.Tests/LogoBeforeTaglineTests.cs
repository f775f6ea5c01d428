using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoBeforeTaglineTests
{
    private static readonly string[] NamesAtFoot = ["Bitstream", "Harbor Ledger"];

    [Theory]
    [InlineData("Bitstream News for geeks. Stuff that counts.", "Bitstream")]
    [InlineData("Harbor Ledger The voice of the harbor since 1888.", "Harbor Ledger")]
    [InlineData("Bitstream Raises Funds From Three Investors.", null)]
    [InlineData("Riverbend Reader News for the valley.", null)]
    [InlineData("Bitstream News for geeks", null)]
    public void The_logo_is_the_opening_name_before_a_tagline(string line, string? name) =>
        Assert.Equal(name, LogoBeforeTagline.Name(line, NamesAtFoot.Contains));

    [Theory]
    [InlineData("HealthDesk: Better answers. Better days.", "HealthDesk")]
    [InlineData("Harbor Ledger: The voice of the harbor.", "Harbor Ledger")]
    [InlineData("HealthDesk: Better Answers", "HealthDesk: Better Answers")]
    [InlineData("Harbor Ledger", "Harbor Ledger")]
    [InlineData("Live: Storm Makes Landfall Near Port Ellis.", "Live: Storm Makes Landfall Near Port Ellis.")]
    public void A_logos_alt_text_gives_the_name_before_a_colon_and_a_tagline(string alt, string name) =>
        Assert.Equal(name, LogoBeforeTagline.NameBeforeColon(alt));
}
