using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SourceLabelOverIssuerTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void The_institution_under_a_source_label_over_the_text_is_no_writer()
    {
        var page = ScienceReleasePage.Parse(rail: string.Empty);

        Assert.Empty(page.Authors);
        Assert.Equal("2020-05-20", page.PublishedAt);
    }

    [Theory]
    [InlineData("Source:\nKessington-Marlowe-Universität Hafenstadt", 1, true)]
    [InlineData("Sources:\n\nHarbour Institute and agencies", 2, true)]
    [InlineData("Story Source:\nKessington-Marlowe-Universität Hafenstadt", 1, false)]
    [InlineData("Source: Harbour Board minutes\nDana Whitcomb", 1, false)]
    [InlineData("Date:\nDana Whitcomb", 1, false)]
    public void Only_a_short_line_right_under_the_label_alone_names_a_source(string text, int index, bool source) =>
        Assert.Equal(source, SourceLabel.IsUnder(Lines(text), index));

    [Fact]
    public void A_writers_name_under_a_date_label_still_signs_the_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "Harbour Science\n\nFerry pilots learn the tides faster\n\n   Date:\n          May 20, 2020\n\n   By:\n          Dana Whitcomb\n\n"
            + "   Pilots who trained on the new simulator made fewer mistakes in their first season, a study of two harbours finds. The institute tracked forty pilots over two years.\n\n"
            + "   The simulator reproduces the currents of both harbours at every state of the tide, the authors write, and lets trainees repeat a difficult approach as often as they like.\n"),
            "page.txt");

        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }
}
