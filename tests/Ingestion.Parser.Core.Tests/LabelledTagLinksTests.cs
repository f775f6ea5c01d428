using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledTagLinksTests
{
    [Fact]
    public void Links_in_a_span_of_their_own_after_the_label_are_one_tag_each()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"post-tags\"><span class=\"post-tags-header\">Related Topics:</span><span itemprop=\"keywords\">"
            + "<a href=\"/tag/ferries/\" rel=\"tag\">Ferries</a><a href=\"/tag/strikes/\" rel=\"tag\">Strikes</a></span></div></body></html>");
        Assert.Equal(["Ferries", "Strikes"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_span_after_the_label_holding_words_besides_its_links_lists_no_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"post-tags\"><span class=\"post-tags-header\">Related Topics:</span><span>see <a href=\"/tag/ferries/\">Ferries</a></span></div></body></html>");
        Assert.Empty(LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_share_label_over_a_short_address_lists_no_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"asset-tags\"><span class=\"asset-tags-label\">Read or Share this story:</span> <a href=\"http://ntoday.us/1eVxK2p\">http://ntoday.us/1eVxK2p</a></div></body></html>");
        Assert.Empty(LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_tag_label_over_a_topic_link_still_lists_it()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"asset-tags\"><span class=\"asset-tags-label\">Tags:</span> <a href=\"/topic/rail/\">Rail shortage</a></div></body></html>");
        Assert.Equal(["Rail shortage"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void An_add_interest_row_lists_its_topics_without_its_own_button()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"add_interest\"><span class=\"label\">Add Interest:</span> <a href=\"#\">John Kerry</a> <a href=\"#\">Iran</a>"
            + "<a href=\"#\" class=\"add_interest_button\">Add Interest</a></div></body></html>");
        Assert.Equal(["John Kerry", "Iran"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_tag_line_label_in_another_language_lists_the_links_after_it()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"argomenti\"><span>Argomenti:</span> <a href=\"/argomenti/scuola/\">scuola</a> <a href=\"/argomenti/disabilita/\">disabilità</a></div></body></html>");
        Assert.Equal(["scuola", "disabilità"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_read_also_label_over_story_links_lists_no_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"correlati\"><span>Leggi anche:</span> <a href=\"/scuola/precari.shtml\">Precari, 11 mila nomine</a> <a href=\"/scuola/primo-giorno.shtml\">Primo giorno</a></div></body></html>");
        Assert.Empty(LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_list_whose_first_item_is_the_label_lists_the_links_after_it()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><ul class=\"themes\"><li class=\"themes-label\">Themen in diesem Artikel:</li>"
            + "<li><a href=\"/thema/Faehre\" rel=\"tag\">Fähre</a></li> <li><a href=\"/thema/Hafen\" rel=\"tag\">Hafen</a></li></ul></body></html>");
        Assert.Equal(["Fähre", "Hafen"], LabelledTagLinks.Find(document));
    }

    [Theory]
    [InlineData("<ul><li>Ressorts</li><li><a href=\"/politik\">Politik</a></li><li><a href=\"/sport\">Sport</a></li></ul>")]
    [InlineData("<ul><li>Tags:</li><li><a href=\"/t/a\">Fähre</a> and more</li></ul>")]
    public void A_list_under_another_label_or_with_words_beside_its_links_lists_no_tags(string list)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + list + "</body></html>");
        Assert.Empty(LabelledTagLinks.Find(document));
    }
    [Fact]
    public void A_label_printed_as_a_code_comment_on_its_own_line_heads_the_list_under_it()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"post-end\">// Tags<br><ul class=\"pills\"><li><a href=\"https://example.org/storage\">Storage</a></li>"
            + "<li><a href=\"https://example.org/tag-results.queues\">Queues</a></li></ul></div></body></html>");
        Assert.Equal(["Storage", "Queues"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_code_comment_line_that_is_no_tag_label_lists_no_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"post-end\">// Copy link<br><ul><li><a href=\"https://example.org/a\">Twitter</a></li>"
            + "<li><a href=\"https://example.org/b\">LinkedIn</a></li></ul></div></body></html>");
        Assert.Empty(LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_blogger_labels_row_lists_its_links_as_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class='post-meta'><span class='post-labels'>\nLabels :\n<a href='https://gardenhaven.example/search/label/Roses' rel='tag'>Roses</a>,\n"
            + "<a href='https://gardenhaven.example/search/label/Garden%20Tours' rel='tag'>Garden Tours</a>\n</span>\n<span class='post-comment-link'><a href='#comment-form'>12 comments</a></span></div></body></html>");
        Assert.Equal(["Roses", "Garden Tours"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_definition_list_term_naming_tags_heads_the_links_of_its_definition()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><dl class=\"work meta group\"><dt class=\"category tags\">Category:</dt><dd class=\"category tags\"><ul class=\"commas\"><li><a class=\"tag\" href=\"/tags/Gen\">Gen</a></li></ul></dd>"
            + "<dt class=\"freeform tags\">Additional Tags:</dt><dd class=\"freeform tags\"><ul class=\"commas\"><li><a class=\"tag\" href=\"/tags/Lighthouses\">Lighthouses</a></li>"
            + "<li><a class=\"tag\" href=\"/tags/Letters\">Letters</a></li></ul></dd><dt>Language:</dt><dd>English</dd></dl></body></html>");
        Assert.Equal(["Lighthouses", "Letters"], LabelledTagLinks.Find(document));
    }

    [Theory]
    [InlineData("<dl><dt>Category:</dt><dd><a href=\"/c/news\">News</a></dd></dl>")]
    [InlineData("<dl><dt>Tags:</dt><dd>see <a href=\"/t/ferries\">Ferries</a> and more</dd></dl>")]
    [InlineData("<nav><dl><dt>Popular Tags:</dt><dd><a href=\"/t/ferries\">Ferries</a></dd></dl></nav>")]
    public void Another_term_words_beside_the_links_or_a_site_wide_list_give_no_tags(string list)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + list + "</body></html>");
        Assert.Empty(LabelledTagLinks.Find(document));
    }

    private static string TopicPathPage(string rows) => $"""
        <html><head><title>Wohin fließt das Regenwasser? - KinderWasserWelt.at</title></head><body>
        <div class="content">
        <div class="breadcrump"><a href="/">Wasser für Kinder</a> › <a href="/thema/">Thema</a> › <a href="/thema/wasser/">Wasser</a> › <a href="/thema/wasser/regenwasser/">Wohin fließt das Regenwasser?</a></div>
        <article><h1>Wohin fließt das Regenwasser?</h1>
        <p>Wenn es regnet, versickert ein Teil des Wassers im Boden. Der Rest fließt über Rinnen und Kanäle in Bäche und Flüsse, und von dort weiter bis ins Meer.</p>
        <p>In der Stadt ist vieles mit Asphalt bedeckt. Deshalb sammelt sich das Wasser schneller, und die Kanäle müssen bei starkem Regen sehr viel aufnehmen.</p>
        </article>
        {rows}
        </div></body></html>
        """;

    [Fact]
    public void Topic_path_links_in_a_misspelt_breadcrumb_and_a_pager_are_no_tags()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(TopicPathPage("""
            <div class="cag_pagebrowser"><ul><li><a href="/thema/wasser/quiz/">zurück</a></li><li><a href="/thema/wasser/">Zum Anfang</a></li><li><a href="/thema/wasser/grundwasser/">weiter</a></li></ul></div>
            """)), "regen.html");

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_row_of_topic_path_links_under_the_text_still_gives_the_tags()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(TopicPathPage("""
            <div class="themen"><a href="/thema/regen/">Regen</a> <a href="/thema/kanalisation/">Kanalisation</a></div>
            """)), "regen.html");

        Assert.Equal(["Regen", "Kanalisation"], page.Tags);
    }
}
