using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The Facebook comments plugin in Norwegian under a text dump's story: "Svar · Liker · 12 · Følg innlegget · 26.
/// september kl. 14:32" under each comment (the buttons in <see cref="CommentLine"/>'s and <see cref="DateWords"/>' lists),
/// "Legg til en kommentar …" over the thread and "Facebook sosialt programtillegg" under it (<see cref="CommentHeadings"/>).
/// </summary>
public class ScandinavianFacebookPluginTests
{
    private const string Page = """
        Nyheter > Vestnes

        Eikrem skole legges ned fra høsten 2014

        Av Arne Myklebust

        Publisert 26.09.2013, kl. 14:05
        Sist oppdatert 26.09.2013, kl. 16:20

        Kommunestyret i Vestnes vedtok torsdag å legge ned Eikrem skole. Vedtaket ble gjort med 15 mot 10 stemmer etter en lang debatt.

        Elevene skal etter planen flytte til Vestnes skole ved skolestart i august neste år, og rådmannen legger fram en plan før jul.

        Kommentarer

        3 kommentarer

          Legg til en kommentar …

          Kari Nygård · Ålesund

          Trist dag for bygda. Skolen er det siste vi har igjen etter at butikken og posten forsvant.

          Svar · Liker · 12 · Følg innlegget · 26. september kl. 14:32

              Torstein Lyngstad · Topp-kommentator · Molde

              Samme skjedde på Tomrefjord for seks år siden. Det gikk bra med ungene, men bygda har aldri blitt den samme.

              Svar · Liker · 4 · 26. september kl. 14:51

          Marit Aasen Rekdal

          Stemmer man Høyre, får man Høyre.

          Svar · Liker · 6 · Følg innlegget · 26. september kl. 16:02

          Facebook sosialt programtillegg

        © Romsdals Tidende 2013
        """;

    [Fact]
    public void Each_comment_keeps_its_text_without_the_button_row()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page.txt");

        Assert.Equal(["Kari Nygård", "Torstein Lyngstad", "Marit Aasen Rekdal"], page.Comments.Select(comment => comment.Author));
        Assert.All(page.Comments, comment => Assert.Single(comment.Paragraphs));
        Assert.Equal(1, page.Comments[1].Parent);
    }

    [Fact]
    public void The_plugins_day_without_a_year_gives_no_time() =>
        Assert.All(PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page.txt").Comments, comment => Assert.Null(comment.PostedAt));

    [Fact]
    public void The_update_line_is_no_caption_and_the_publish_time_stands()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page.txt");
        Assert.Empty(page.Captions);
        Assert.Equal("2013-09-26T14:05:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("Sist oppdatert 26.09.2013, kl. 16:20", "2013-09-26T16:20:00")]
    [InlineData("Svar · Liker · Følg innlegget · 26.09.2013 kl. 14:32", "2013-09-26T14:32:00")]
    public void The_labels_and_buttons_beside_a_date_leave_the_date(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Fact]
    public void A_norwegian_sentence_with_the_same_words_is_no_date_line() =>
        Assert.False(DateLineParser.TryParseLine("Sist jeg sjekket, liker ingen å følge innlegget til ordføreren.", out _));
}
