using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A lead picture's alt text filled from its caption, printed over the caption with its credit: no text, however long,
/// and the headline under it is the title.
/// </summary>
public class LongAltTextOverCreditedCaptionTests
{
    private const string Caption =
        "Sensation in der Hochburg am Rhein! Aus dem Stand heraus wird die 32 Jahre alte Kandidatin Bürgermeisterin der Großgemeinde im Kreis Neuwald und Umgebung.";

    private static ParsedPage Parse(string captionLine) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
             * Nachrichten
             * Sport
             * Termine

           {Caption}
           {captionLine}
           Twittern

           KOMMENTAR Bürgermeisterwahl in Neuwald

        Die neue Bürgermeisterin und ihr Bündnis müssen jetzt liefern

           06.11.23 - Aus dem Stand heraus wird die 32 Jahre alte Kandidatin Bürgermeisterin der wirtschaftlich bestens aufgestellten Großgemeinde.

           Der Amtsinhaber und seine Partei stehen vor einem Scherbenhaufen, nach sechs Jahren ohne harmonischen Eindruck.
        """), "wahl.txt");

    [Fact]
    public void A_long_line_its_credited_caption_repeats_whole_is_the_alt_text_and_the_headline_under_it_the_title()
    {
        var page = Parse(Caption + " - Foto: Hendrik Berger");

        Assert.Equal("Die neue Bürgermeisterin und ihr Bündnis müssen jetzt liefern", page.Title);
        Assert.StartsWith("06.11.23 - Aus dem Stand heraus", page.BodyParagraphs[0]);
        Assert.DoesNotContain(Caption, page.BodyParagraphs);
    }

    [Fact]
    public void A_long_line_over_a_different_caption_is_kept()
    {
        var page = Parse("Die Kandidatin am Wahlabend vor dem Rathaus. - Foto: Hendrik Berger");

        Assert.Contains(Caption, page.BodyParagraphs.Prepend(page.Title));
    }
}
