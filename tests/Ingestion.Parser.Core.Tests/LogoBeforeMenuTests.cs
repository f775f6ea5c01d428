using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoBeforeMenuTests
{
    private static readonly string[] NamesAtFoot = ["Riverbend Reader", "KVRN 12", "PSN", "Business Intel", "GameVault", "Gamebyte", "CBN", "Liberty Ridge"];

    [Theory]
    [InlineData("Riverbend Reader News Music Food + Drink Film Calendar Best of Riverbend Classifieds", "Riverbend Reader")]
    [InlineData("KVRN 12 News Weather Sports Video Community Contact Us", "KVRN 12")]
    [InlineData("CBN News Radio TV Sports Music Log In Sign Up", "CBN News")]
    [InlineData("CBN News Sports Opinion", "CBN")]
    [InlineData("Riverbend Reader readers pick their favourite films", null)]
    [InlineData("Harbor Times News Sports Opinion", null)]
    [InlineData("Riverbend Reader News", null)]
    [InlineData("PSN NFL MLB NBA NHL NCAAF NCAAB Soccer More Sports Watch Sign In", "PSN")]
    [InlineData("Business Intel Tech Finance Politics Strategy Life All Log In", "Business Intel")]
    [InlineData("GameVault PS4 Xbox One PC Wii U 3DS Videos Reviews Sign In", "GameVault")]
    [InlineData("Gamebyte Front Page Reviews Tips Video Login", "Gamebyte")]
    [InlineData("Liberty Ridge Front Page Diaries Elections About Log In Register", "Liberty Ridge")]
    public void The_logo_is_the_opening_name_the_foot_gives(string line, string? name) =>
        Assert.Equal(name, LogoBeforeMenu.Name(line, NamesAtFoot.Contains));
}
