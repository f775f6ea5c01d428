using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GalleryPicturesInTextTests
{
    [Theory]
    [InlineData("   [crop?thumbnail=980%2C653&amp;quality=80&amp;g=1]\n   14\n     * [crop?thumbnail=130%2C87&amp;g=2]\n     * [crop?thumbnail=130%2C87&amp;g=5]\n       +10\n")]
    [InlineData("[crop]\n14\n\n  • [crop]\n  • [crop]\n    +10\n")]
    public void A_galleries_thumbnails_and_photo_counts_are_neither_text_nor_captions(string gallery)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            Tablet review: A slate that finally keeps up with laptops

            By Marisol Quennell
            14.02.19 in Gadgetry

            The new tablet is the fastest one the company has made. It runs three apps side by side and lasts a full day on one charge.

            Gallery: Slate 12 | 14 Photos

            {gallery}
            It costs more than last year's model, and the keyboard is still sold apart, though the stand folds flat.
            """), "slate.txt");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("It costs more", page.BodyParagraphs[1], StringComparison.Ordinal);
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_picture_file_names_credit_on_its_line_is_a_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Tablet review: A slate that finally keeps up with laptops

            By Marisol Quennell
            14.02.19 in Gadgetry

            The new tablet is the fastest one the company has made. It runs three apps side by side and lasts a full day on one charge.
               [crop?resize=980%2C640&amp;i=6] Marisol Quennell/Gadgetorium

            It costs more than last year's model, and the keyboard is still sold apart, though the stand folds flat and the pen now clips to its side. Buyers who want both should wait for the bundle the company promised for the spring, which saves about a hundred dollars over buying each alone and adds a year of cover.
            """), "slate.txt");

        Assert.Equal(["Marisol Quennell/Gadgetorium"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
