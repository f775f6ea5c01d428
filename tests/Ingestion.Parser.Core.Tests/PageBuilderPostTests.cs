using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A page builder's post: its text in widgets, crossheads set as h1s, the headline an h2 in the theme's header box.</summary>
public class PageBuilderPostTests
{
    private const string Html =
        "<html><head><title>Schmuck für die Hochzeit | Lottas Ecke</title><link rel=\"canonical\" href=\"https://lottas-ecke.example/schmuck-hochzeit/\"></head><body>"
        + "<header id=\"main_header\"><a class=\"logo\" href=\"https://lottas-ecke.example\"><img src=\"/logo.svg\" alt=\"Logo\"></a></header>"
        + "<div id=\"main\"><div class=\"title_wrap\"><h2>Schmuck für die Hochzeit</h2><div id=\"meta\"><p>Dienstag | 8. Oktober 2019 | 09:40 VON Lotta Brenner IN "
        + "<a href=\"/category/schmuck/\" rel=\"category tag\">Schmuck</a> | 0 COMMENTS</p></div></div>"
        + "<div class=\"entry\"><div data-elementor-type=\"post\" class=\"elementor\">"
        + "<section class=\"elementor-section\"><div class=\"elementor-widget-image\"><img src=\"/banner.png\" alt=\"\"></div>"
        + "<div class=\"elementor-widget-heading\"><h1 class=\"elementor-heading-title\">Was ich gesucht habe</h1></div>"
        + "<div class=\"elementor-widget-text-editor\"><div class=\"elementor-text-editor\"><p>Für die Hochzeit meiner Freundin wollte ich Schmuck, der nicht von meinem Kleid ablenkt, und habe lange gesucht.</p></div></div></section>"
        + "<section class=\"elementor-section\"><div class=\"elementor-widget-heading\"><h1 class=\"elementor-heading-title\">Schmale Ketten</h1></div>"
        + "<div class=\"elementor-widget-text-editor\"><div class=\"elementor-text-editor\"><p>Eine feine Kette mit einem kleinen Stern trägt sich leicht und passt zu fast jedem Ausschnitt.</p>"
        + "<p>Kette: <a href=\"https://ringshop.example/products/star-chain\">Nordlicht</a></p><p>Armband: <a href=\"https://ringshop.example/products/thin-bracelet\">Nordlicht</a></p>"
        + "<p>Ring: Velora</p></div></div></section>"
        + "<section class=\"elementor-section\"><div class=\"elementor-widget-heading\"><h1 class=\"elementor-heading-title\">Schlicht</h1></div>"
        + "<div class=\"elementor-widget-text-editor\"><div class=\"elementor-text-editor\">"
        + "<p>Zum Schluss noch ein Tipp: Silber lässt sich mit einem weichen Tuch und etwas Natron wieder zum Glänzen bringen.</p></div></div></section>"
        + "</div></div></div>"
        + "<div id=\"related_posts\"><h3 class=\"title\">Related Posts</h3><ul><li><h3><a href=\"https://lottas-ecke.example/herbstkleider/\">Drei Kleider für den Herbst</a></h3></li></ul></div>"
        + "</body></html>";

    private static ParsedPage Parse() => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Html), "page.html");

    [Fact]
    public void The_builders_post_box_holds_all_the_text_widgets_with_their_crossheads()
    {
        var body = Parse().BodyParagraphs;

        Assert.Equal("Für die Hochzeit meiner Freundin wollte ich Schmuck, der nicht von meinem Kleid ablenkt, und habe lange gesucht.", body[0]);
        Assert.Contains("Schmale Ketten", body);
        Assert.Equal("Zum Schluss noch ein Tipp: Silber lässt sich mit einem weichen Tuch und etwas Natron wieder zum Glänzen bringen.", body[^1]);
        Assert.DoesNotContain("Drei Kleider für den Herbst", body);
    }

    [Fact]
    public void Shop_links_after_the_worn_pieces_names_stay_in_the_text()
    {
        var body = Parse().BodyParagraphs;

        Assert.Contains("Kette: Nordlicht", body);
        Assert.Contains("Armband: Nordlicht", body);
        Assert.Contains("Ring: Velora", body);
    }

    [Fact]
    public void The_h2_that_says_the_document_titles_headline_is_the_title_not_the_first_h1()
    {
        var page = Parse();

        Assert.Equal("Schmuck für die Hochzeit", page.Title);
        Assert.Equal("Lottas Ecke", page.Site);
    }

    [Fact]
    public void The_capitals_count_in_the_meta_row_under_the_headline_is_declared()
    {
        var page = Parse();

        Assert.Equal(0, page.DeclaredCommentCount);
        Assert.Equal(["Lotta Brenner"], page.Authors);
    }

    [Fact]
    public void A_teaser_link_to_the_sites_own_story_still_goes()
    {
        var html = Html.Replace("<p>Ring: Velora</p>", "<p>Lies auch: <a href=\"https://lottas-ecke.example/schmuck-reinigen/\">Schmuck richtig reinigen</a></p>", StringComparison.Ordinal);

        var body = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "page.html").BodyParagraphs;

        Assert.DoesNotContain("Lies auch: Schmuck richtig reinigen", body);
        Assert.Contains("Kette: Nordlicht", body);
    }

    [Fact]
    public void An_h1_the_document_title_repeats_stays_the_title()
    {
        var html = Html.Replace("<title>Schmuck für die Hochzeit | Lottas Ecke</title>", "<title>Was ich gesucht habe | Lottas Ecke</title>", StringComparison.Ordinal);

        Assert.Equal("Was ich gesucht habe", PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "page.html").Title);
    }
}
