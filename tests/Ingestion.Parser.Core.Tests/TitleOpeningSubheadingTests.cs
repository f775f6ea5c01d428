using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleOpeningSubheadingTests
{
    private static ParsedPage Parse(string heading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Le bac de nuit garde sa traversée jusqu'en mars ‹ Projet Littoral</title></head><body>
        <div id="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/contact/">Contact</a></li></ul></div>
        <div class="inner"><div class="sidebar_content">
        <div class="post_wrapper">
        <div class="post_header">{{heading}}</div>
        <div class="post_detail">4 mars 2014</div>
        <div class="post_body">
        <p>Le conseil du port a voté mardi le maintien du bac de nuit jusqu'à minuit pendant tout l'hiver prochain, contre l'avis du syndicat mixte.</p>
        <p>L'équipage avait demandé cette traversée tardive après un été où plus de deux cents passagers l'ont prise chaque semaine depuis juin.</p>
        <p>Les horaires d'hiver seront affichés à la gare maritime dès la semaine prochaine, a précisé la capitainerie dans un communiqué.</p>
        </div></div></div>
        <div class="sidebar_wrapper"><div class="sidebar"><ul><li>Archives</li></ul></div></div>
        </div>
        </body></html>
        """), "bac.html");

    [Fact]
    public void An_h3_opening_the_document_title_keeps_the_main_column_named_for_the_sidebar()
    {
        var page = Parse("<h3><a href=\"/bac/\">Le bac de nuit garde sa traversée jusqu'en mars</a></h3>");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Le conseil du port", page.BodyParagraphs[0]);
    }

    [Theory]
    [InlineData("<h3>Le bac de nuit garde sa traversée jusqu'en mars</h3>", true)]
    [InlineData("<h3>Le bac de nuit garde sa traversée jusqu'en mars</h3><h2>Le bac de nuit garde sa traversée jusqu'en mars</h2>", false)]
    [InlineData("<h3>Le bac</h3>", false)]
    [InlineData("<h3>Le bac de nuit garde sa traversée</h3>", false)]
    public void Only_one_heading_that_opens_the_title_up_to_its_separator_is_the_headline(string headings, bool found)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            $"<html><head><title>Le bac de nuit garde sa traversée jusqu'en mars ‹ Projet Littoral</title></head><body>{headings}</body></html>");

        Assert.Equal(found, TitleOpeningSubheading.Find(document) is not null);
    }

    // The h2 repeating the document title's part before its separator, a headline of two words (r-hd-cache14).
    private const string SlipwayText =
        "<p>The ferry timetable changes every spring, and every spring the harbour office prints it on paper that fades in a week of sun.</p>"
        + "<p>This year the volunteers laminated the sheets themselves and pinned them to the notice board by the ticket hut.</p>"
        + "<p>Ask at the kiosk if a sheet has gone missing; they keep a spare stack under the counter.</p>";

    private const string SlipwaySidebar = "<div class=\"sidebar\"><h3>About us</h3><p>A small club of rowers who keep the slipway tidy and the kettle warm since 1987.</p></div>";

    private static ParsedPage ParseSlipway(string title, string body) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{title}}</title></head><body>
        <div class="wrap single-post sidebar">
        <div class="content"><div class="entry-meta"><a href="/2016/05/02/">02/05/2016</a></div>
        {{body}}
        </div>
        {{SlipwaySidebar}}
        </div>
        <div class="copyright">© 2016 Slipway Rowers</div>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_h2_repeating_the_document_titles_lead_keeps_its_sidebar_named_wrapper()
    {
        var page = ParseSlipway("Paper Timetables – Slipway – Notes", $"<h2 class=\"title\"><a rel=\"bookmark\" href=\"/paper-timetables/\">Paper Timetables</a></h2><div class=\"entry\">{SlipwayText}</div>");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The ferry timetable changes", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("kettle warm", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_h2s_repeating_the_title_name_no_headline()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><head><title>Paper Timetables | Slipway</title></head><body><h2>Paper Timetables</h2><p>One.</p><h2>Paper Timetables</h2><p>Two.</p></body></html>");

        Assert.Null(TitleOpeningSubheading.Find(document));
    }

    [Fact]
    public void An_h2_other_than_the_titles_lead_is_no_headline()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><head><title>Paper Timetables | Slipway</title></head><body><h2>Slipway</h2><h2>Paper Timetables and Tides</h2></body></html>");

        Assert.Null(TitleOpeningSubheading.Find(document));
    }

    [Fact]
    public void A_sidebar_holding_the_titles_h2_and_little_text_still_goes()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html><head><title>Paper Timetables | Slipway</title></head><body>
            <div class="sidebar"><h2>Paper Timetables</h2><p>Pinned by the ticket hut, next to the lost and found box, all season.</p></div>
            <div class="entry">{SlipwayText}</div>
            </body></html>
            """), "page.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("lost and found", StringComparison.Ordinal));
    }
}
