using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>'Antwort auf "2."' on a line of its own in a flat reply: the number names the comment answered.</summary>
public class NumberedReplyReferenceLineTests
{
    [Theory]
    [InlineData("Antwort auf \"2.\"", 2)]
    [InlineData("Reply to #2", 2)]
    [InlineData("En réponse à 12.", 12)]
    [InlineData("In reply to „7.“", 7)]
    public void A_reference_naming_a_number_gives_it(string line, int expected)
    {
        Assert.True(NumberedReplyReference.TryReadLine(line, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("Antwort auf kritischer_leser")]
    [InlineData("Reply to #2 and #3")]
    [InlineData("In reply to Martin Sokol.")]
    [InlineData("Antwort auf Posting 2.")]
    public void A_reference_naming_a_writer_or_more_is_left(string line) => Assert.False(NumberedReplyReference.TryReadLine(line, out _));

    [Theory]
    [InlineData("3. Sabine aus Kassel 27.09.2013 um 15:24 Uhr", 3)]
    [InlineData("#3 Escrito por mariña_lucense - 26.09.2013 | 19:24 horas", 3)]
    public void A_header_gives_its_own_number(string header, int expected)
    {
        Assert.True(NumberedReplyReference.TryReadOwnNumber(header, out var number));
        Assert.Equal(expected, number);
    }

    [Fact]
    public void A_header_without_a_number_gives_none() =>
        Assert.False(NumberedReplyReference.TryReadOwnNumber("2013 was a good year", out _));

    [Fact]
    public void A_flat_reply_answers_the_comment_its_number_names()
    {
        const string page = """
            Stromtrasse: Das Dorf gegen die Leitung

            Von Jana Albers

            27.09.2013 um 14:00 Uhr

            Die geplante Höchstspannungsleitung soll mitten durch das Tal führen. Die Bürgerinitiative fordert eine Trasse entlang der Autobahn.

            Leserkommentare

            1. Feldhamster 27.09.2013 um 15:02 Uhr

            Endlich mal ein Artikel, der nicht so tut, als wären alle Leitungsgegner Wutbürger.

            2. Netzwerker_K 27.09.2013 um 15:11 Uhr

            Die Autobahnvariante ist 14 km länger und damit teurer.

            3. Sabine aus Kassel 27.09.2013 um 15:24 Uhr

            Antwort auf "1."

            Und wer bezahlt den Wertverlust der Häuser im Tal?

            4. olafhenning 27.09.2013 um 15:48 Uhr

            Der Föhn-Vergleich ist übrigens physikalisch nicht einmal falsch.
            """;
        var comments = PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.txt").Comments;

        Assert.Equal(["Feldhamster", "Netzwerker_K", "Sabine aus Kassel", "olafhenning"], comments.Select(comment => comment.Author));
        Assert.Equal([null, null, 1, null], comments.Select(comment => comment.Parent));
    }
}
