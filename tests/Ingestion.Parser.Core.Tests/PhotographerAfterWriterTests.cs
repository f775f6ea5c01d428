using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PhotographerAfterWriterTests
{
    [Theory]
    [InlineData("Silje Haugland Foto: Øyvind Tveit", "Silje Haugland")]
    [InlineData("Jan Nowak, zdjęcia: Ewa Lis", "Jan Nowak")]
    [InlineData("Anna Berg Fotos: Jonas Ek", "Anna Berg")]
    public void The_writers_end_at_the_photo_label(string byline, string expected) =>
        Assert.Equal(expected, PhotographerAfterWriter.WritersOnly(byline).ToString());

    [Theory]
    [InlineData("Silje Haugland og Kari Nes")]
    [InlineData("J. R. Fotopoulos")]
    [InlineData("Foto: Øyvind Tveit")]
    public void A_byline_without_a_photo_label_after_a_name_stays_whole(string byline) =>
        Assert.Equal(byline, PhotographerAfterWriter.WritersOnly(byline).ToString());

    [Fact]
    public void A_writer_who_took_the_pictures_is_the_author() =>
        Assert.Equal(["Silje Haugland"], BylineParser.TryRead("Tekst og foto: Silje Haugland"));

    [Fact]
    public void A_text_label_byline_names_the_writer_alone() =>
        Assert.Equal(["Silje Haugland"], BylineParser.TryRead("Tekst: Silje Haugland Foto: Øyvind Tveit"));
}
