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
}
