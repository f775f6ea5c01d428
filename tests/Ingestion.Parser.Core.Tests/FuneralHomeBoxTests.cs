using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FuneralHomeBoxTests
{
    [Fact]
    public void The_heading_over_name_address_and_phone_is_a_box()
    {
        var lines = new PageLines(TextLine.Split("Funeral Home\nLakeside Funeral Home\n305 Lake Ave., Cass Lake, MN 56633\n(218) 555-0177\nSend Flowers | Map & Directions\n\nGuest Book"));

        Assert.Equal(4, FuneralHomeBox.End(lines, 0, lines.Count));
    }

    [Fact]
    public void A_heading_over_sentences_is_no_box()
    {
        var lines = new PageLines(TextLine.Split("Funeral Home\nThe family chose a small home on Lake Avenue.\nIt has served the town for 80 years."));

        Assert.Equal(-1, FuneralHomeBox.End(lines, 0, lines.Count));
    }

    [Fact]
    public void An_ordinary_line_is_no_heading()
    {
        var lines = new PageLines(TextLine.Split("Arrangements are by Lakeside Funeral Home of Cass Lake.\nLakeside Funeral Home"));

        Assert.Equal(-1, FuneralHomeBox.End(lines, 0, lines.Count));
    }
}
