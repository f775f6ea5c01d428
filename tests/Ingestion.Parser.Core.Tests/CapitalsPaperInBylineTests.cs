using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CapitalsPaperInBylineTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("Dana Pruett, NATION TODAY 6:41 p.m. EDT September 26, 2013", "NATION TODAY")]
    [InlineData("Dana Pruett, NATION TODAY", "NATION TODAY")]
    [InlineData("Dana Pruett, STAFF", null)]
    [InlineData("Dana Pruett, Nation Today", null)]
    [InlineData("Washington, DC AND ELSEWHERE the vote went on.", null)]
    public void The_capitals_after_the_writers_name_may_name_the_paper(string line, string? expected) =>
        Assert.Equal(expected, CapitalsPaperInByline.PaperAfterWriter(line));

    [Fact]
    public void The_paper_that_the_picture_credit_names_too_is_the_site()
    {
        var lines = Lines("Parks would close\n\nDana Pruett, NATION TODAY 6:41 p.m. EDT September 26, 2013\n\nVisitors walk on Thursday. (Photo: Greg Aldana, NATION TODAY)\n\nWASHINGTON — The text.");
        Assert.Equal("NATION TODAY", CapitalsPaperInByline.Name(lines, 0, lines.Count));
    }

    [Fact]
    public void A_capitals_role_no_credit_repeats_names_no_site()
    {
        var lines = Lines("Parks would close\n\nDana Pruett, SENIOR WRITER\n\nWASHINGTON — The text.");
        Assert.Null(CapitalsPaperInByline.Name(lines, 0, lines.Count));
    }
}
