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

    private static ParsedPage ParseBoxes(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Warum taut das Eis? - KlarWissen</title></head><body>
        <div class="mod_article"><h1>Warum taut das Eis?</h1>
        <div class="ce_text">
        <p>Ein Gletscher wächst, wenn im Winter mehr Schnee fällt, als im Sommer schmilzt. Seit einigen Jahrzehnten ist es umgekehrt, und die Zunge zieht sich zurück.</p>
        <p>Wird das Eis dunkler, etwa durch Staub, nimmt es mehr Wärme auf und schmilzt noch schneller. Forschende sprechen von einer Rückkopplung.</p>
        </div>
        <div class="ce_comments"><h3>Was meinst du dazu?</h3>
        <div class="comment_default first" id="c12"><p class="info"><span>Leonie_7</span> schrieb:<br/>
        <time datetime="2014-02-03T10:15:00+00:00">03.02.2014 um 10:15 Uhr</time></p>
        <div class="comment"><p>Voll spannend erklärt!</p></div>
        {box}
        </div>
        <div class="comment_default last" id="c13"><p class="info"><span>Tim.K</span> schrieb:<br/>
        <time datetime="2014-02-04T18:02:00+00:00">04.02.2014 um 18:02 Uhr</time></p>
        <div class="comment"><p>Und was passiert mit dem Wasser?</p></div>
        {box}
        </div></div></div>
        </body></html>
        """), "eis.html");

    [Theory]
    [InlineData("<div class=\"report_comment\"><a href=\"kommentar-melden/article/12/comment/12.html\"><div class=\"arrow\"></div>Kommentar melden.</a></div>")]
    [InlineData("<span class=\"flag\"><a href=\"/melden?id=12\">Beitrag melden</a></span>")]
    public void A_box_named_for_reporting_that_holds_only_the_report_link_is_no_paragraph(string box)
    {
        var page = ParseBoxes(box);

        Assert.Equal(["Voll spannend erklärt!"], page.Comments[0].Paragraphs);
        Assert.Equal(["Und was passiert mit dem Wasser?"], page.Comments[1].Paragraphs);
    }

    [Fact]
    public void A_sentence_in_a_report_box_stays()
    {
        var page = ParseBoxes("<div class=\"report_comment\"><p>Den Hinweis hat die Redaktion geprüft. <a href=\"/regeln.html\">Kommentar melden.</a></p></div>");

        Assert.Contains(page.Comments[0].Paragraphs, paragraph => paragraph.StartsWith("Den Hinweis", StringComparison.Ordinal));
    }
}
