using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EntryDateSentenceTests
{
    private static ParsedPage Parse(string footer) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="de"><head><title>Ein Regal aus alten Weinkisten &laquo; Kellerwerkstatt</title></head><body>
        <div class="post"><h1>Ein Regal aus alten Weinkisten</h1><div class="post-byline">von <a href="/autor/">Greta</a></div>
        <div class="post-bodycopy"><p>Vier alte Weinkisten vom Flohmarkt lagen seit dem Sommer im Keller, und am Wochenende habe ich daraus endlich ein kleines Regal f&uuml;r den Flur gebaut.</p>
        <p>Die Kisten habe ich zuerst abgeschliffen, dann mit Leinöl gestrichen und zum Schluss mit vier Schrauben von hinten miteinander verbunden.</p></div>
        <div class="post-footer">{{footer}}</div></div></body></html>
        """), "regal.html");

    [Fact]
    public void A_german_footer_sentence_gives_the_day_and_time_the_entry_was_written()
    {
        var page = Parse("Dieser Artikel wurde am 9. März 2014 um 16:20 von <a href=\"/autor/\">Greta</a> geschrieben und unter dem Stichwort <a rel=\"tag\" href=\"/tag/holz\">Holz</a> eingeordnet. <a href=\"#comments\">Es gibt schon 2 Kommentare.</a>");

        Assert.Equal("2014-03-09T16:20:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("This entry was posted on Sunday, March 9th, 2014 at 4:20 pm and is filed under Woodwork. You can follow any responses to this entry through the RSS 2.0 feed.", 2014, 3, 9)]
    [InlineData("Dieser Beitrag wurde am 9. März 2014 veröffentlicht.", 2014, 3, 9)]
    [InlineData("Cet article a été publié le 9 mars 2014 à 16:20 et classé dans Bricolage.", 2014, 3, 9)]
    public void The_sentence_in_its_languages_gives_the_day(string sentence, int year, int month, int day)
    {
        Assert.True(EntryDateSentence.TryRead(sentence, out var time));
        Assert.Equal(new DateOnly(year, month, day), time.Date);
    }

    [Theory]
    [InlineData("Dieser Artikel wurde am häufigsten von Lesern aus dem Süden geteilt und unter Holz eingeordnet.")]
    [InlineData("This entry was posted on the club's notice board by the secretary and is filed under Events.")]
    [InlineData("The entry was posted on March 9th, 2014 by the club.")]
    public void A_sentence_without_a_date_after_the_opening_gives_none(string sentence)
    {
        Assert.False(EntryDateSentence.TryRead(sentence, out _));
    }

    [Fact]
    public void The_sentence_in_the_text_box_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Ein Regal aus alten Weinkisten</title></head><body><h1>Ein Regal aus alten Weinkisten</h1><div class="entry-content">
            <p>Vier alte Weinkisten vom Flohmarkt lagen seit dem Sommer im Keller, und am Wochenende habe ich daraus endlich ein kleines Regal f&uuml;r den Flur gebaut.</p>
            <p>Die Kisten habe ich zuerst abgeschliffen, dann mit Leinöl gestrichen und zum Schluss mit vier Schrauben von hinten miteinander verbunden.</p>
            <p>Dieser Artikel wurde am 9. März 2014 um 16:20 von Greta geschrieben und unter dem Stichwort Holz eingeordnet.</p></div></body></html>
            """), "regal.html");

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Dieser Artikel", StringComparison.Ordinal));
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Die Kisten habe ich", StringComparison.Ordinal));
        Assert.Equal("2014-03-09T16:20:00", page.PublishedAt);
    }

    [Fact]
    public void A_footer_without_the_sentence_gives_no_day()
    {
        var page = Parse("Dieser Artikel wurde von <a href=\"/autor/\">Greta</a> geschrieben und unter dem Stichwort <a rel=\"tag\" href=\"/tag/holz\">Holz</a> eingeordnet.");

        Assert.Null(page.PublishedAt);
    }

    private static string GardenPage(string footer) => $"""
        <html><head><meta charset="utf-8"><title>Neue Beete am Fluss « Gartenbrief</title></head>
        <body><div id="content"><div class="post hentry"><h1>Neue Beete am Fluss</h1>
        <div class="entry"><p>Am Ufer hinter der alten Mühle legt der Verein seit dem Frühjahr neue Beete an, die jeder Nachbar mit pflegen darf.</p>
        <p>Wer mitmachen will, bringt Handschuhe und etwas Geduld mit, denn der Boden ist schwer und voller Steine aus dem Fluss.</p>
        <p class="postmetadata alt"><small>{footer}</small></p></div></div></div></body></html>
        """;

    [Theory]
    [InlineData("Dieser Beitrag wurde am Freitag, 4. März 2011 um 9:12 Uhr veröffentlicht und unter Garten gespeichert.", "2011-03-04T09:12:00")]
    [InlineData("Dieser Beitrag wurde vor  am Freitag, 4. März 2011 um %H:%M Uhr veröffentlicht und unter Garten gespeichert.", "2011-03-04")]
    [InlineData("This entry was posted on Friday, March 4th, 2011 at 9:12 am and is filed under Gardens.", "2011-03-04T09:12:00")]
    public void The_closing_sentence_gives_the_entrys_day_and_the_day_alone_where_the_clock_was_left_unfilled(string footer, string expected) =>
        Assert.Equal(expected, HtmlPageSplitter.Split(GardenPage(footer)).PublishedAt);

    [Theory]
    [InlineData("Dieser Beitrag wurde unter Garten veröffentlicht. Setze ein Lesezeichen auf den Permalink.")]
    [InlineData("Dieser Beitrag wurde am Freitag veröffentlicht und unter Garten gespeichert.")]
    public void A_closing_sentence_without_a_day_gives_none(string footer) =>
        Assert.Null(HtmlPageSplitter.Split(GardenPage(footer)).PublishedAt);

    [Fact]
    public void Prose_that_opens_alike_is_no_entry_sentence() =>
        Assert.False(EntryDateSentence.TryRead("This entry was posted on the board by the caretaker, who forgot the date.", out _));
}
