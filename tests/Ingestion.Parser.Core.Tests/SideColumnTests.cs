using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SideColumnTests
{
    [Fact]
    public void A_menu_cell_beside_the_logo_is_no_centred_line()
    {
        var row = "KMRN 7" + new string(' ', 135) + "Home News Weather Sports Video Contests";
        var lines = TextBrowserDump.Normalize(TextLine.Split(row + "\n\nFarmer pulled from grain bin after two-hour rescue\n"));

        var menu = Assert.Single(lines, line => line.Text == "Home News Weather Sports Video Contests");
        Assert.False(menu.Centred);
    }
}
