using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkListBetweenParagraphsTests
{
    private const string Page = """
        <html><head><title>Harbour strike talks to resume on Monday - Coast Daily</title></head><body>
        <div class="story-body"><h1>Harbour strike talks to resume on Monday</h1>
        <div class="story-body__inner">
        <p>Talks between the harbour board and the dockers' union will resume on Monday after a week without a meeting.</p>
        <p>The union said its members would keep working to rule until an offer on shift pay was put to them in writing.</p>
        <ul class="story-body__unordered-list">
        <li class="story-body__list-item"><a href="/news/live/harbour-1">Harbour strike - latest updates</a></li>
        <li class="story-body__list-item"><a href="https://union.test/offer">Read the union's pay claim</a></li>
        </ul>
        <p>The board said it hoped the two sides could agree a timetable for the talks before the end of the month.</p>
        <ul class="story-body__unordered-list">
        <li class="story-body__list-item">A SIMPLE GUIDE: <a href="/news/harbour-2">What the strike means for ferries</a></li>
        <li class="story-body__list-item">MAPS: <a href="/news/harbour-3">Where the picket lines are</a></li>
        </ul>
        <p>Ferry passengers were told to check the timetable before setting out, as sailings may be cancelled at short notice.</p>
        </div></div></body></html>
        """;

    [Fact]
    public void A_list_of_links_among_the_paragraphs_is_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "strike.html");
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("latest updates", StringComparison.Ordinal) || paragraph.Contains("picket", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_points_with_words_beside_its_links_stays()
    {
        var html = Page.Replace("""<a href="/news/live/harbour-1">Harbour strike - latest updates</a>""", """Shift pay would rise by <a href="/news/live/harbour-1">four percent</a> over two years""")
            .Replace("""<a href="https://union.test/offer">Read the union's pay claim</a>""", """Night shifts would be <a href="https://union.test/offer">paid at time and a half</a>""");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "strike.html");
        Assert.Contains("Shift pay would rise by four percent over two years", page.BodyParagraphs);
        Assert.Contains("Night shifts would be paid at time and a half", page.BodyParagraphs);
    }
}
