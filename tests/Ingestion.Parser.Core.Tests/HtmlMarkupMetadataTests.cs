using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Pages without metadata: the headline and time come from the markup, the article's own before the page's.</summary>
public class HtmlMarkupMetadataTests
{
    private const string Prose =
        "<p>The council voted on Tuesday evening to extend the library's opening hours through the winter, after a petition gathered more signatures than any before it.</p>";

    [Fact]
    public void The_articles_own_heading_wins_over_an_earlier_h1()
    {
        var page = Parse($"<h1>Riverside Courier</h1><main><h1>Library hours extended for the winter</h1>{Prose}</main>");

        Assert.Equal("Library hours extended for the winter", page.Title);
    }

    [Fact]
    public void A_heading_marked_as_the_headline_wins_over_an_earlier_plain_one()
    {
        var page = Parse($"<div><h1>Local news</h1></div><div><h1 class=\"entry-title\">Library hours extended for the winter</h1>{Prose}</div>");

        Assert.Equal("Library hours extended for the winter", page.Title);
    }

    [Fact]
    public void The_articles_time_wins_over_an_earlier_time_elsewhere_on_the_page()
    {
        var page = Parse(
            "<div class=\"ticker\"><time datetime=\"2024-01-02T08:00:00Z\">8:00</time></div>"
            + $"<article><h1>Library hours extended for the winter</h1><time datetime=\"2023-11-14T18:30:00-05:00\">Nov 14</time>{Prose}</article>");

        Assert.Equal("2023-11-14T18:30:00-05:00", page.PublishedAt);
    }

    [Fact]
    public void Any_time_is_taken_when_none_sits_in_the_article()
    {
        var page = Parse($"<div><h1>Library hours extended for the winter</h1><time datetime=\"2023-11-14\">Nov 14</time>{Prose}</div>");

        Assert.Equal("2023-11-14", page.PublishedAt);
    }

    [Fact]
    public void A_date_box_of_several_parts_gives_the_time_its_title_holds()
    {
        var page = Parse(
            "<h1>Library hours extended for the winter</h1><ul class=\"story-info\"><li class=\"author\">Karen Olsen</li>"
            + "<li class=\"date-and-time\" title=\"2015-03-13T21:00:00+11:00\"><span class=\"date\">March 13, 2015</span> "
            + $"<span class=\"time\">9:00PM</span></li></ul>{Prose}");

        Assert.Equal("2015-03-13T21:00:00+11:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("2014-06-02T21:00:00+11:00", "March 13, 2015 9:00PM")]
    [InlineData("2015-03-13T21:00:00+11:00", "Friday's edition")]
    public void A_tooltip_holding_another_day_than_the_box_shows_is_not_its_time(string title, string shown)
    {
        var page = Parse($"<h1>Library hours extended for the winter</h1><p class=\"dateline\" title=\"{title}\">{shown}</p>{Prose}");

        Assert.False(page.PublishedAt?.EndsWith("+11:00", StringComparison.Ordinal) ?? false, page.PublishedAt);
    }

    [Fact]
    public void The_byline_part_opening_with_by_names_the_writer_without_the_provider_glued_after_it()
    {
        var page = Parse(
            "<h1>Library hours extended for the winter</h1><cite class=\"byline vcard\"><span class=\"fn\">By Karen Olsen</span>"
            + $"<span class=\"provider org\">Associated Press</span></cite>{Prose}");

        Assert.Equal(["Karen Olsen"], page.Authors);
    }

    [Fact]
    public void A_thumbnail_teaser_in_a_topics_box_is_no_tag_but_a_plain_link_there_is()
    {
        var page = Parse(
            $"<h1>Library hours extended for the winter</h1>{Prose}"
            + "<div class=\"related-topics\"><a href=\"/t/libraries\">Libraries</a>"
            + "<a href=\"/2013/09/12/bridge\"><img src=\"b.jpg\" alt=\"\"/><span>Bridge inspections lag in half of states</span></a></div>");

        Assert.Equal(["Libraries"], page.Tags);
    }

    [Fact]
    public void A_topics_box_headed_as_related_stories_gives_no_tags()
    {
        var page = Parse(
            $"<h1>Library hours extended for the winter</h1>{Prose}"
            + "<div class=\"related-topics\"><h3>Related Content</h3><ul><li><a href=\"/2013/09/12/bridge\">Bridge inspections lag</a></li>"
            + "<li><a href=\"/2013/09/13/floods\">Towns dig out after floods</a></li></ul></div>");

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_captions_more_link_is_no_part_of_the_caption()
    {
        var page = Parse(
            "<h1>Library hours extended for the winter</h1><div><img src=\"a.jpg\" alt=\"\"/>"
            + "<p class=\"caption\">Readers wait outside the library on Monday. (Photo/Ann Lee) <a href=\"#\">more&#160;&#187;</a></p></div>"
            + Prose);

        Assert.Equal(["Readers wait outside the library on Monday. (Photo/Ann Lee)"], page.Captions);
    }

    [Fact]
    public void A_by_label_in_its_own_element_is_no_author_and_the_name_beside_it_is()
    {
        var page = Parse(
            "<div class=\"hentry author-tbecker\"><h1 class=\"entry-title\">Library hours extended for the winter</h1><div class=\"entry-meta\">"
            + $"<span class=\"meta-prep meta-prep-author\">By </span><span class=\"author vcard\"><a class=\"url fn\" href=\"/author/tbecker/\">Theo Becker</a></span></div>{Prose}</div>");

        Assert.Equal(["Theo Becker"], page.Authors);
    }

    [Fact]
    public void A_keywords_meta_naming_the_site_is_the_sites_list_not_the_articles_tags()
    {
        var page = Parse(
            "<meta name=\"keywords\" content=\"Millbrook, Millbrook Sentinel, news, sports\"><a href=\"/\"><img src=\"/logo.gif\" alt=\"The Millbrook Sentinel\"></a>"
            + $"<h1>Library hours extended for the winter</h1>{Prose}");

        Assert.Empty(page.Tags);
        Assert.Equal("The Millbrook Sentinel", page.Site);
    }

    [Fact]
    public void Drupals_home_alt_on_the_logo_names_no_site_and_its_rdfa_reply_count_is_the_declared_count()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html prefix=\"dc: http://purl.org/dc/terms/ sioc: http://rdfs.org/sioc/ns#\"><head><title>x</title></head><body>"
            + "<header><a href=\"/\" id=\"logo\"><img src=\"/logo.png\" alt=\"Home\"></a></header><h1>Library hours extended for the winter</h1>"
            + $"<span property=\"sioc:num_replies\" content=\"5\" datatype=\"xsd:integer\"></span>{Prose}</body></html>"), "page.html");

        Assert.NotEqual("Home", page.Site);
        Assert.Equal(5, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_reply_count_in_rdfa_is_read_only_where_the_page_declares_the_sioc_vocabulary()
    {
        var page = Parse($"<h1>Library hours extended for the winter</h1><span property=\"sioc:num_replies\" content=\"5\"></span>{Prose}");

        Assert.Null(page.DeclaredCommentCount);
    }

    [Fact]
    public void A_newsroom_word_in_the_author_meta_gives_way_to_the_writer_the_text_names()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>x</title><meta name=\"author\" content=\"Redazione\"></head><body>"
            + $"<h1>Library hours extended for the winter</h1><p class=\"small\">Scritto da Marco Tagliabue</p>{Prose}</body></html>"), "page.html");

        Assert.Equal(["Marco Tagliabue"], page.Authors);
    }

    [Fact]
    public void A_labelled_row_of_tag_links_outranks_the_keywords_meta()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>x</title><meta name=\"keywords\" content=\"Waterford,school board,budget\"></head><body>"
            + $"<h1>Library hours extended for the winter</h1>{Prose}<div class=\"filed\">Filed Under <a href=\"/a\">Local News</a> <a href=\"/b\">Education</a></div></body></html>"), "page.html");

        Assert.Equal(["Local News", "Education"], page.Tags);
    }

    [Fact]
    public void Links_to_topic_pages_after_any_short_label_are_tags_over_the_keywords_meta()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>x</title><meta name=\"keywords\" content=\"Kornet, Router, Firmware\"></head><body>"
            + $"<h1>Library hours extended for the winter</h1>{Prose}<p>Mehr zum Thema: <a href=\"/thema/Router\">Router</a>, <a href=\"/thema/DSL\">DSL</a></p></body></html>"), "page.html");

        Assert.Equal(["Router", "DSL"], page.Tags);
    }

    [Fact]
    public void A_short_label_over_links_to_articles_gives_no_tags()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>x</title><meta name=\"keywords\" content=\"Kornet, Router\"></head><body>"
            + $"<h1>Library hours extended for the winter</h1>{Prose}<p>Mehr zum Thema: <a href=\"/meldung/1798234.html\">Lahnbrücke gesperrt</a></p></body></html>"), "page.html");

        Assert.Equal(["Kornet", "Router"], page.Tags);
    }

    [Theory]
    [InlineData("caldertribune.com", "Calder Tribune", "Calder Tribune")]
    [InlineData("www.millbrookcourier.com", "The Millbrook Courier", "The Millbrook Courier")]
    [InlineData("Gazetteer.com", "Gazetteer.com", "Gazetteer.com")]
    [InlineData("caldertribune.com", "Lakeport Herald", "caldertribune.com")]
    public void A_domain_as_site_name_gives_way_to_the_mastheads_spelling_of_it(string siteName, string logo, string site)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html><head><title>x</title><meta property=\"og:site_name\" content=\"{siteName}\"></head><body>"
            + $"<div id=\"masthead\"><a href=\"/\"><img src=\"/logo.png\" alt=\"{logo}\"></a></div><h1>Library hours extended for the winter</h1>{Prose}</body></html>"), "page.html");

        Assert.Equal(site, page.Site);
    }

    [Fact]
    public void Paragraphs_each_marked_as_the_article_body_are_all_the_text()
    {
        var page = Parse(
            "<div class=\"articleBody\"><h1>Library hours extended for the winter</h1>"
            + "<p itemprop=\"articleBody\" class=\"story-body-text\">The council voted on Tuesday evening to extend the library's opening hours through the winter, after a petition gathered more signatures than any before it.</p>"
            + "<p itemprop=\"articleBody\" class=\"story-body-text\">The branch on Elm Street will stay open until 9 p.m. on weekdays, and the main library will open on Sunday afternoons from December.</p>"
            + "<p itemprop=\"articleBody\" class=\"story-body-text\">Librarians said the longer hours would cost about $40,000, which the council agreed to take from its reserve fund.</p></div>");

        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_tab_row_carrying_the_byline_class_names_no_writer()
    {
        var page = Parse(
            "<ul class=\"navigation byline\"><li><a class=\"nolink\">All Blog Posts</a></li><li><a href=\"/blog/list?user=1\">My Blog</a></li>"
            + "<li><a href=\"/blog/new\">Add</a></li></ul><h1>Creek trail bridge finally reopens</h1>"
            + "<ul class=\"navigation byline\"><li><a class=\"nolink\">Posted by </a><a href=\"/profile/NadineFerrante\">Nadine Ferrante</a>"
            + $"<a class=\"nolink\"> on March 12, 2013 at 2:05pm</a></li><li><a href=\"/blog/list?user=1\">View Blog</a></li></ul>{Prose}");

        Assert.Equal(["Nadine Ferrante"], page.Authors);
    }

    [Fact]
    public void A_byline_listing_its_writers_one_link_an_item_still_names_them()
    {
        var page = Parse(
            "<h1>Library hours extended for the winter</h1><ul class=\"byline\"><li><a href=\"/author/karen-olsen\">Karen Olsen</a></li>"
            + $"<li><a href=\"/author/tom-reyes\">Tom Reyes</a></li></ul>{Prose}");

        Assert.Contains("Karen Olsen", page.Authors);
    }

    [Fact]
    public void An_h1_holding_the_sites_name_gives_way_to_the_heading_that_shows_the_rest_of_the_document_title()
    {
        var page = PageParser.Parse(
            Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Library hours extended for the winter &bull; Riverside Courier</title></head><body>"
                + $"<div id=\"page-header\"><h1>Riverside Courier</h1></div><h2 class=\"story-title\">Library hours extended for the winter</h2>{Prose}</body></html>"),
            "page.html");

        Assert.Equal("Library hours extended for the winter", page.Title);
        Assert.Equal("Riverside Courier", page.Site);
    }

    [Fact]
    public void The_stories_own_h1_stays_its_headline_when_the_sites_name_is_a_heading_under_the_text()
    {
        var page = PageParser.Parse(
            Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Library hours extended | The Riverside Courier</title></head><body>"
                + $"<h1>Library hours extended</h1>{Prose}<h3>The Riverside Courier</h3><p>About us</p></body></html>"),
            "page.html");

        Assert.Equal("Library hours extended", page.Title);
    }

    [Fact]
    public void A_linked_name_beside_a_job_title_span_ends_where_the_link_ends()
    {
        var page = Parse(
            "<h1>Library hours extended for the winter</h1><div class=\"byline\"><a href=\"/author/bgarrity/\">Brendan Garrity</a> "
            + $"<span class=\"author-title\">Foreign Affairs Reporter</span></div>{Prose}");

        Assert.Equal(["Brendan Garrity"], page.Authors);
    }

    [Fact]
    public void A_share_row_whose_class_holds_tags_gives_no_tags()
    {
        var page = Parse(
            $"<h1>Library hours extended for the winter</h1>{Prose}<div class=\"tags-share\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on Twitter</a></div>");

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_pull_quote_repeating_the_text_is_no_paragraph()
    {
        var page = Parse(
            $"<article><h1>Library hours extended for the winter</h1>{Prose}<blockquote class=\"graf graf--pullquote\">More signatures than any before it.</blockquote>{Prose.Replace("Tuesday", "Wednesday")}</article>");

        Assert.DoesNotContain("More signatures than any before it.", page.BodyParagraphs);
    }

    private static ParsedPage Parse(string body) =>
        PageParser.Parse(Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>x</title></head><body>{body}</body></html>"), "page.html");
}
