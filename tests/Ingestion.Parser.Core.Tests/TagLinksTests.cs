using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagLinksTests
{
    private const string Menu =
        "<nav class=\"metabar-topics\" aria-label=\"Sections\"><ul class=\"metabar-topics__list\"><li><a href=\"/home/\">Home</a>"
        + "<ul><li><a href=\"/home/technology/\">Technology</a></li><li><a href=\"/home/jobs/\">Jobs</a></li></ul></li></ul></nav>";

    private const string StoryTags =
        "<ul class=\"tags tags--postTags\"><li><a href=\"/tag/community\">Community</a></li><li><a href=\"/tag/libraries\">Libraries</a></li></ul>";

    [Fact]
    public void The_storys_tag_list_is_read_and_a_section_menu_classed_as_topics_is_not()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Menu + "<article><p>Text.</p>" + StoryTags + "</article></body></html>");

        Assert.Equal(["Community", "Libraries"], TagLinks.Find(document.DocumentElement).Select(link => link.TextContent));
    }

    [Fact]
    public void A_nav_classed_as_the_posts_tags_holds_its_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><nav class=\"post-tags\"><a href=\"/tag/ferries\">Ferries</a> <a href=\"/tag/harbor\">Harbor</a></nav></body></html>");

        Assert.Equal(["Ferries", "Harbor"], TagLinks.Find(document.DocumentElement).Select(link => link.TextContent));
    }

    [Fact]
    public void A_section_menu_classed_as_topics_gives_no_tags()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Menu + "<article><p>Text.</p></article></body></html>");

        Assert.Empty(TagLinks.Find(document.DocumentElement));
    }

    [Fact]
    public void A_block_themes_category_link_marked_as_a_tag_is_no_tag()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"taxonomy-category\"><a href=\"https://example.org/category/environment/\" rel=\"tag\">Environment</a></div>"
            + "<div class=\"taxonomy-post_tag\"><a href=\"https://example.org/tag/barn-owls/\" rel=\"tag\">barn owls</a></div></body></html>");

        Assert.Equal(["barn owls"], TagLinks.Find(document.DocumentElement).Select(link => link.TextContent));
    }

    [Fact]
    public void A_teaser_card_whose_class_says_it_has_tags_lists_none()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><aside><div class=\"summary-item summary-item-has-tags summary-item-has-author\"><div class=\"summary-title\">"
            + "<a href=\"/2019/7/3/ten-huts\">Ten huts worth the climb</a></div></div></aside>"
            + "<div class=\"post-tags\"><a href=\"/tag/harbor\" rel=\"tag\">Harbor</a></div></body></html>");

        Assert.Equal(["Harbor"], TagLinks.Find(document.DocumentElement).Select(link => link.TextContent));
    }

    [Fact]
    public void A_post_box_classed_with_its_keyword_terms_is_no_tag_list()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article class=\"post-77 post type-post status-publish hentry category-outdoor keyword-day-pack keyword-trail-shoes\">"
            + "<div class=\"meta\"><a href=\"/about-desk/\">Desk</a> <a href=\"#respond\">0</a></div>"
            + "<p>Text with a <a href=\"/checklist/\">checklist</a>.</p></article></body></html>");

        Assert.Empty(TagLinks.Find(document.DocumentElement));
    }
}
