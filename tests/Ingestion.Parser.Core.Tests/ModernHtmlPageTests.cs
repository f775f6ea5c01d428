using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Shapes of 2018–2024 news pages (round r-html-modern): paywalls, hashed sign-up boxes, comment embeds, desks as authors.</summary>
public class ModernHtmlPageTests
{
    private const string First =
        "<p>The water district's board voted on Wednesday to raise rates by 14 percent from January to pay for the rebuilt filter plant.</p>";

    private const string Gated =
        "<p>Two of the plant's four filter beds failed in August when a corroded pipe gave way, forcing the district to buy water elsewhere.</p>";

    private const string Last =
        "<p>Customers who qualify for the district's low-income program will see no increase in their bills, staff said on Wednesday.</p>";

    [Fact]
    public void Text_that_the_json_ld_names_as_gated_stays_though_its_class_says_paywall()
    {
        var page = Parse(
            $"<div class=\"article-body\">{First}<div class=\"paywall\">{Gated}{Last}</div></div>",
            """{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rates rise","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}""");

        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_paywall_box_that_the_json_ld_does_not_name_is_furniture()
    {
        var page = Parse($"<div class=\"article-body\">{First}<div class=\"paywall\"><p>You have 2 free articles left.</p></div>{Gated}{Last}</div>");

        Assert.DoesNotContain("You have 2 free articles left.", page.BodyParagraphs);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_small_box_around_an_email_field_is_a_sign_up_box_whatever_its_class()
    {
        var page = Parse(
            $"<div class=\"article-body\">{First}<div class=\"css-nl5\"><h3>The Waterfront Brief</h3><p>Port and shipping news, every Thursday.</p>"
            + $"<form><input type=\"email\"><button>Sign up</button></form></div>{Gated}{Last}</div>");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain("The Waterfront Brief", page.BodyParagraphs);
    }

    [Fact]
    public void A_link_to_a_thread_the_page_does_not_show_declares_its_count()
    {
        var page = Parse($"<div class=\"article-body\">{First}{Gated}{Last}</div><a class=\"comments-btn\" href=\"#comments\">See all 23 comments</a>");

        Assert.Equal(23, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }

    [Fact]
    public void One_comments_anchor_id_is_no_thread_and_a_member_since_badge_no_part_of_the_name()
    {
        static string Comment(string id, string name, string time, string text) =>
            $"<div class=\"talk-stream-comment-wrapper\" id=\"{id}\"><div class=\"talk-stream-comment-header\"><span>{name}</span> "
            + $"<span>Member since 2017</span> <time datetime=\"{time}\">5 hours ago</time></div><div>{text}</div></div>";

        var page = Parse(
            $"<div class=\"article-body\">{First}{Gated}{Last}</div><div id=\"coral_talk_stream\"><div class=\"talk-stream\">"
            + Comment("comment_7b1e", "LarsOnTheLand", "2019-03-12T13:48:20Z", "Corn bin fires are brutal.")
            + Comment("comment_7b22", "Gretchen V.", "2019-03-12T15:02:07Z", "Is the smoke safe for the school?")
            + "</div></div>");

        Assert.Equal(["LarsOnTheLand", "Gretchen V."], page.Comments.Select(comment => comment.Author));
    }

    [Fact]
    public void A_rank_or_a_recommended_flag_after_the_name_link_is_no_part_of_the_name()
    {
        static string Comment(string name, string badge, string text) =>
            $"<li class=\"comment\"><div class=\"comment-meta\"><a class=\"author\" href=\"#\">{name}</a> {badge} "
            + $"<span class=\"date\">March 12, 2012 2:22 PM</span></div><div class=\"body\"><p>{text}</p></div></li>";

        var page = Parse(
            $"<div class=\"article-body\">{First}{Gated}{Last}</div><section id=\"comments\"><h2>Reader comments</h2><ol class=\"comments-list\">"
            + Comment("gridlocked", "<span class=\"rank\">Ars Scholae Palatinae</span>", "The principle matters more than the number.")
            + Comment("pixelmonk", "<span class=\"recommended-flag\">Recommended</span>", "No buttons is a dealbreaker for me.")
            + Comment("Voltaic", "<span class=\"rank\">Seniorius Lurkius</span>", "A fixed grid charge is the honest way.")
            + "</ol></section>");

        Assert.Equal(["gridlocked", "pixelmonk", "Voltaic"], page.Comments.Select(comment => comment.Author));
    }

    [Fact]
    public void A_credit_alone_under_a_picture_is_its_caption_and_no_byline()
    {
        var page = Parse(
            $"<div class=\"article-body\"><div class=\"photo\"><img src=\"mugshot.jpg\" alt=\"\"><div class=\"credit\">Scottsdale Police Department</div></div>{First}{Gated}{Last}</div>");

        Assert.Equal(["Scottsdale Police Department"], page.Captions);
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_wire_service_signing_the_story_names_no_writer()
    {
        var page = Parse($"<div class=\"article\"><div class=\"author\">Associated Press</div><div class=\"date\">March 19, 2013</div>{First}{Gated}{Last}</div>");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_time_run_together_with_the_name_before_it_is_a_word_of_its_own()
    {
        var page = Parse(
            $"<div class=\"article-body\">{First}{Gated}{Last}</div><section id=\"comments\"><ul>"
            + "<li><div><span class=\"spcv_username\">Rahul P</span><span class=\"spcv_timestamp\">3 days ago</span></div><p>Even the first phase will help.</p></li>"
            + "<li><div><span class=\"spcv_username\">meera.j</span><span class=\"spcv_timestamp\">2 days ago</span></div><p>They said March last year too.</p></li>"
            + "</ul></section>");

        Assert.Equal(["Rahul P", "meera.j"], page.Comments.Select(comment => comment.Author));
    }

    [Fact]
    public void An_organisation_the_json_ld_names_as_author_is_no_writer_when_a_meta_tag_repeats_it()
    {
        var page = Parse(
            $"<div class=\"article-body\">{First}{Gated}{Last}</div>",
            """{"@context":"http://schema.org","@type":"NewsArticle","headline":"Rates rise","author":{"@type":"Organization","name":"Courier-Post staff"}}""",
            "<meta property=\"article:author\" content=\"Courier-Post staff\">");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void An_author_the_json_ld_graph_names_by_reference_is_the_person_it_points_to()
    {
        var page = Parse(
            $"<div class=\"article-body\">{First}{Gated}{Last}</div>",
            """{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Rates rise","author":[{"@id":"https://example.org/#/person/1"},{"@id":"https://example.org/#/org"}]},"""
            + """{"@type":"Person","@id":"https://example.org/#/person/1","name":"Luz Carranza"},{"@type":"Organization","@id":"https://example.org/#/org","name":"Canyon Desk"}]}""");

        Assert.Equal(["Luz Carranza"], page.Authors);
    }

    [Fact]
    public void The_publication_describing_itself_under_the_text_is_no_paragraph()
    {
        var page = Parse(
            $"<div class=\"article-body\">{First}{Gated}{Last}<p><em>The Canyon Current is a member of the Institute for Nonprofit News.</em></p></div>",
            head: "<meta property=\"og:site_name\" content=\"The Canyon Current\">");

        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void Jetpacks_related_box_inside_the_text_is_no_paragraph()
    {
        var page = Parse(
            $"<div class=\"entry-content\">{First}{Last}<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3><em>Related</em></h3>"
            + "<p class=\"jp-relatedposts-post\"><a href=\"/a/\">Senate sends clean bill back</a><span>September 27, 2013</span><span>In \"Congress\"</span></p></div></div>");

        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_count_over_the_list_outranks_a_replies_button_inside_it()
    {
        var page = Parse(
            $"<div class=\"article-body\">{First}{Last}</div><div class=\"yom-ugccmt\"><div class=\"hd\"><h3>Comments (2,417)</h3></div><ul class=\"ugccmt-comments\">"
            + "<li><span class=\"name\"><a href=\"/p/1\">Bill</a></span> <span>2 hours ago</span><div><p>So this changes nothing for the people being shelled.</p></div><div>Reply</div>"
            + "<div><a>Replies (15)</a></div><ul><li><span class=\"name\"><a href=\"/p/2\">Kathy</a></span> <span>2 hours ago</span><div><p>Better than a war we would pay for another ten years.</p></div><div>Reply</div></li></ul></li></ul></div>");

        Assert.Equal(2417, page.DeclaredCommentCount);
        Assert.Equal(["Bill", "Kathy"], page.Comments.Select(comment => comment.Author));
    }

    private static ParsedPage Parse(string body, string? jsonLd = null, string head = "") =>
        PageParser.Parse(
            Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html><head><title>Rates rise</title>"
                + (jsonLd is null ? string.Empty : $"<script type=\"application/ld+json\">{jsonLd}</script>")
                + $"{head}</head><body><h1>Rates rise</h1>{body}</body></html>"),
            "page.html");
}
