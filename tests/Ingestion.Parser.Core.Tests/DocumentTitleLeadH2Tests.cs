using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DocumentTitleLeadH2Tests
{
    private const string Text =
        "<p>The ferry timetable changes every spring, and every spring the harbour office prints it on paper that fades in a week of sun.</p>"
        + "<p>This year the volunteers laminated the sheets themselves and pinned them to the notice board by the ticket hut.</p>"
        + "<p>Ask at the kiosk if a sheet has gone missing; they keep a spare stack under the counter.</p>";

    private const string Sidebar = "<div class=\"sidebar\"><h3>About us</h3><p>A small club of rowers who keep the slipway tidy and the kettle warm since 1987.</p></div>";

    private static ParsedPage Parse(string title, string body) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{title}}</title></head><body>
        <div class="wrap single-post sidebar">
        <div class="content"><div class="entry-meta"><a href="/2016/05/02/">02/05/2016</a></div>
        {{body}}
        </div>
        {{Sidebar}}
        </div>
        <div class="copyright">© 2016 Slipway Rowers</div>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_h2_repeating_the_document_titles_lead_keeps_its_sidebar_named_wrapper()
    {
        var page = Parse("Paper Timetables – Slipway – Notes", $"<h2 class=\"title\"><a rel=\"bookmark\" href=\"/paper-timetables/\">Paper Timetables</a></h2><div class=\"entry\">{Text}</div>");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The ferry timetable changes", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("kettle warm", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_h2s_repeating_the_title_name_no_headline()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><head><title>Paper Timetables | Slipway</title></head><body><h2>Paper Timetables</h2><p>One.</p><h2>Paper Timetables</h2><p>Two.</p></body></html>");

        Assert.Null(DocumentTitleLeadH2.Find(document));
    }

    [Fact]
    public void An_h2_other_than_the_titles_lead_is_no_headline()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><head><title>Paper Timetables | Slipway</title></head><body><h2>Slipway</h2><h2>Paper Timetables and Tides</h2></body></html>");

        Assert.Null(DocumentTitleLeadH2.Find(document));
    }

    [Fact]
    public void A_sidebar_holding_the_titles_h2_and_little_text_still_goes()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html><head><title>Paper Timetables | Slipway</title></head><body>
            <div class="sidebar"><h2>Paper Timetables</h2><p>Pinned by the ticket hut, next to the lost and found box, all season.</p></div>
            <div class="entry">{Text}</div>
            </body></html>
            """), "page.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("lost and found", StringComparison.Ordinal));
    }
}
