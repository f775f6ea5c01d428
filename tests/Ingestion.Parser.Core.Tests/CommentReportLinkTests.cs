using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentReportLinkTests
{
    private static ParsedPage Parse(string lastWords) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Library extends weekend hours for the exam season</title></head><body>
        <article><h1>Library extends weekend hours for the exam season</h1>
        <p class="byline">By Odile Marchetti, June 3, 2016</p>
        <div class="entry-content">
        <p>The central library will stay open until midnight on Saturdays and Sundays from next week, the council said, for the six weeks of the exam season.</p>
        <p>Students had asked for the change in a petition signed by more than nine hundred people, most of them sharing small flats without a quiet room.</p>
        </div></article>
        <div id="comments" class="comments-area"><h3>2 comments</h3>
        <ol class="comment-list">
        <li class="comment"><div class="comment-author">Priya Nandakumar</div><div class="comment-meta">June 4, 2016 at 9:12 AM</div>
        <div class="comment-content"><p>Good news for everyone revising in a shared kitchen.{lastWords}</p></div></li>
        <li class="comment"><div class="comment-author">Jonas Feld</div><div class="comment-meta">June 4, 2016 at 10:40 AM</div>
        <div class="comment-content"><p>Will the café stay open too, or only the reading rooms?</p></div></li>
        </ol></div>
        </body></html>
        """), "story.html");

    [Theory]
    [InlineData("<span class=\"comments-report-link\"><a class=\"hide-if-no-js\" href=\"javascript:void(0);\" onclick=\"flag(501)\">Report</a></span>")]
    [InlineData("<a href=\"#\" class=\"flag-link\">Flag</a>")]
    public void A_report_control_inside_the_last_paragraph_is_no_word_of_it(string control)
    {
        var page = Parse(control);

        Assert.Equal(["Good news for everyone revising in a shared kitchen."], page.Comments[0].Paragraphs);
    }

    [Fact]
    public void A_link_to_a_real_page_named_report_stays()
    {
        var page = Parse(" See the <a href=\"https://example.org/exam-report\">report</a>");

        Assert.Contains("report", page.Comments[0].Paragraphs[0], StringComparison.Ordinal);
    }
}
