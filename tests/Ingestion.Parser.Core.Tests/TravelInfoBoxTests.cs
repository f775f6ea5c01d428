using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TravelInfoBoxTests
{
    private const string Box = "\"People want an apple that tastes like something,\" he says.\nIf You Go\nStonebridge Orchard\n4410 Sugar Hollow Road, Pruett, Ark.\n"
        + "Open daily 9 a.m. to 6 p.m. through Nov. 15\nCash or check only\n\nThe orchard has shrunk from 60 acres to 14 over the years, as her children left.";

    [Fact]
    public void A_magazines_box_of_short_unlabelled_lines_under_its_label_is_no_body()
    {
        var lines = new PageLines(TextLine.Split(Box));

        Assert.All([1, 2, 3, 4, 5], index => Assert.True(TravelInfoBox.Is(lines, index)));
        Assert.False(TravelInfoBox.Is(lines, 0));
        Assert.False(TravelInfoBox.Is(lines, 7));
    }

    [Fact]
    public void Short_lines_without_the_label_are_no_box()
    {
        var lines = new PageLines(TextLine.Split("Stonebridge Orchard\n4410 Sugar Hollow Road, Pruett, Ark.\nCash or check only"));

        Assert.False(TravelInfoBox.Is(lines, 1));
        Assert.False(TravelInfoBox.Is(lines, 2));
    }
}
