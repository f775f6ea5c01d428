using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Links joined by nothing but arrows on a line of their own switch between versions of the page: no text.</summary>
public class ArrowJoinedLinkRowTests
{
    private static IReadOnlyList<string> BodyOf(string row) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>The Lost Fox | Story Shelf</title></head><body>
        <div class="story">
        <p align="center">Spring stories<br><br>The Lost Fox<br><br>{{row}}<br></p>
        <p>A small fox lived at the edge of the wood, and one morning it lost its way among the tall ferns by the stream.</p>
        <p>A kind tortoise walked it all the way home, and from that day the two of them were the best of friends.</p>
        </div></body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void A_row_of_version_links_joined_by_arrows_is_no_text()
    {
        var body = BodyOf("""<a href="/fox_kana.html">Kana</a> ←→ <a href="/fox_both.html">Kana and English</a> ←→ <a href="/fox_en.html">English</a>""");

        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Kana", StringComparison.Ordinal));
        Assert.StartsWith("A small fox lived", body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Links_among_words_stay()
    {
        var body = BodyOf("""Read it in <a href="/fox_kana.html">Kana</a> ←→ <a href="/fox_en.html">English</a> today""");

        Assert.Contains(body, paragraph => paragraph.Contains("Kana", StringComparison.Ordinal));
    }
}
