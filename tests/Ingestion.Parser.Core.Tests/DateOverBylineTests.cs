using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateOverBylineTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_byline_right_under_the_date_line_stands_for_it()
    {
        var lines = Lines("Reunited band's first album in five years arrives\n\nSeptember 17, 2013 2:30 PM ET\nBy Jordan Ecklund\n\nThe band played.");
        Assert.Equal(3, DateOverByline.BylineUnder(lines, 2, lines.Count, 3));
    }

    [Fact]
    public void A_date_line_over_prose_or_a_line_that_is_no_date_stays()
    {
        var lines = Lines("Reunited band's first album in five years arrives\n\nSeptember 17, 2013 2:30 PM ET\nThe band played its first show in five years on Tuesday night.");
        Assert.Equal(2, DateOverByline.BylineUnder(lines, 2, lines.Count, 3));

        var notDated = Lines("Reunited band's first album in five years arrives\nBy Jordan Ecklund");
        Assert.Equal(0, DateOverByline.BylineUnder(notDated, 0, notDated.Count, 1));
    }
}
