using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostedOnEntrySentenceTests
{
    private static string Page(string footer) => $"""
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
    public void The_closing_sentence_gives_the_entrys_day(string footer, string expected) =>
        Assert.Equal(expected, HtmlPageSplitter.Split(Page(footer)).PublishedAt);

    [Theory]
    [InlineData("Dieser Beitrag wurde unter Garten veröffentlicht. Setze ein Lesezeichen auf den Permalink.")]
    [InlineData("Dieser Beitrag wurde am Freitag veröffentlicht und unter Garten gespeichert.")]
    public void A_sentence_without_a_day_gives_none(string footer) =>
        Assert.Null(HtmlPageSplitter.Split(Page(footer)).PublishedAt);

    [Fact]
    public void Prose_that_opens_alike_is_no_entry_sentence() =>
        Assert.False(PostedOnEntrySentence.TryRead("This entry was posted on the board by the caretaker, who forgot the date.", out _));
}
