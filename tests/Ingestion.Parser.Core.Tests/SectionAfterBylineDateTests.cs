using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionAfterBylineDateTests
{
    [Theory]
    [InlineData("Par Odile Marchand le 8 janvier 2017 Actu locale", "Par Odile Marchand le 8 janvier 2017")]
    [InlineData("Von Jana Kellermann am 8. Januar 2017 Lokales", "Von Jana Kellermann am 8. Januar 2017")]
    [InlineData("Por Ana Rivas el 8 de enero de 2017 Cultura", "Por Ana Rivas el 8 de enero de 2017")]
    public void The_section_after_a_labelled_bylines_date_goes(string line, string byline) => Assert.Equal(byline, SectionAfterBylineDate.Without(line));

    [Theory]
    [InlineData("By Dana Whitcomb September 17, 2013 5:42 PM")]
    [InlineData("By Dana Whitcomb September 17, 2013 16:12 ET")]
    [InlineData("By Dana Whitcomb September 17, 2013 The council voted to close the pool.")]
    [InlineData("Posted on September 17, 2013 Local News")]
    [InlineData("By Dana Whitcomb on September 17, 2013 Local, News")]
    public void Other_lines_stay(string line) => Assert.Equal(line, SectionAfterBylineDate.Without(line));

    [Fact]
    public void The_byline_and_date_are_read_and_the_headline_over_them_is_the_title()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Le port rouvre ses quais aux voiliers de passage

            Par Odile Marchand le 8 janvier 2017 Actu locale

            Après deux ans de travaux, le port de plaisance rouvre ses quais aux voiliers de passage dès le mois de mars, a annoncé la capitainerie.

            Les réservations se feront en ligne, et une vingtaine de places resteront libres pour les arrivées imprévues pendant l'été.
            """), "port.txt");

        Assert.Equal("Le port rouvre ses quais aux voiliers de passage", page.Title);
        Assert.Equal(["Odile Marchand"], page.Authors);
        Assert.Equal("2017-01-08", page.PublishedAt);
    }
}
