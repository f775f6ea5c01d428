using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DatedHeadlineCardRunTests
{
    private const string Text = """
        <p>The harbour board voted on Monday to keep the night ferry running through the winter, after a debate that lasted until past ten.</p>
        <p>Skippers had asked for the change since the spring, when two late crossings were cancelled for want of a crew on the island side.</p>
        <p>The first winter timetable is due at the harbour office next week, and the fares stay as they are until March.</p>
        """;

    private static string Card(string date, string href, string headline, string excerpt) => $$"""
        <div class="news-post"><div class="post-title"><ul class="post-tags"><li><i class="fa fa-clock-o"></i> <div class="date">{{date}}</div></li></ul>
        <div class="h2"><a href="{{href}}">{{headline}}</a></div></div>
        <div class="post-content"><p>{{excerpt}}</p></div></div>
        """;

    [Fact]
    public void A_feed_of_dated_linked_headlines_with_excerpts_inside_the_article_is_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>Night ferry stays for the winter</title></head><body>
            <article class="post"><h1>Night ferry stays for the winter</h1><div class="post-content">{{Text}}</div>
            <div class="post-more">
            {{Card("16:43 October 9, 2025", "/night-ferry-stays/", "Night ferry stays for the winter", "The harbour board voted on Monday to keep the night ferry running through the winter, after a debate that lasted until past ten.")}}
            {{Card("20:17 January 28, 2025", "/island-pier-repairs/", "Island pier repairs start in the spring", "Divers found two cracked piles under the island pier during the autumn survey…")}}
            {{Card("14:57 December 30, 2024", "/new-year-crossing/", "New Year crossing sells out in a day", "Tickets for the midnight crossing went on sale at nine and were gone by the afternoon…")}}
            </div></article></body></html>
            """), "night-ferry.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain("Island pier repairs start in the spring", page.BodyParagraphs);
        Assert.StartsWith("The first winter timetable", page.BodyParagraphs[2]);
    }

    [Fact]
    public void A_single_dated_card_is_no_feed()
    {
        var document = new HtmlParser().ParseDocument($$"""
            <article>{{Text}}<div class="post-more">{{Card("20:17 January 28, 2025", "/island-pier-repairs/", "Island pier repairs start in the spring", "Divers found two cracked piles under the island pier.")}}</div></article>
            """);
        DatedHeadlineCardRun.Remove(document.Body!);
        Assert.Single(document.QuerySelectorAll(".news-post"));
    }

    [Fact]
    public void Dated_entries_whose_links_sit_inside_their_sentences_stay()
    {
        var document = new HtmlParser().ParseDocument("""
            <article><div class="entry"><div class="date">October 9, 2025</div><p>The board met at the <a href="/harbour-office/">new harbour office</a> and voted on the ferry.</p></div>
            <div class="entry"><div class="date">October 10, 2025</div><p>Skippers read the <a href="/timetable/">winter timetable draft</a> and asked for a later boat.</p></div></article>
            """);
        DatedHeadlineCardRun.Remove(document.Body!);
        Assert.Equal(2, document.QuerySelectorAll(".entry").Length);
    }

    [Fact]
    public void Dated_posts_of_several_paragraphs_stay()
    {
        var document = new HtmlParser().ParseDocument("""
            <div class="posts"><div class="post"><div class="date">October 9, 2025</div><div class="title"><a href="/night-ferry/">Night ferry stays for the winter</a></div>
            <p>The harbour board voted on Monday to keep the night ferry.</p><p>The fares stay as they are until March.</p></div>
            <div class="post"><div class="date">October 2, 2025</div><div class="title"><a href="/pier/">Island pier repairs start in the spring</a></div>
            <p>Divers found two cracked piles under the island pier.</p><p>The repairs will close the pier for a fortnight.</p></div></div>
            """);
        DatedHeadlineCardRun.Remove(document.Body!);
        Assert.Equal(2, document.QuerySelectorAll(".post").Length);
    }
}
