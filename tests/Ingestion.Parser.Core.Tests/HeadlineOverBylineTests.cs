using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineOverBylineTests
{
    private const string SharingTitle = "Senate nears vote on stopgap spending bill";

    private static bool Is(string body, string[] authors, string documentTitle = "Senate nears vote on stopgap spending bill - The National Ledger")
    {
        using var document = new HtmlParser().ParseDocument("<html><head><title>" + documentTitle + "</title></head><body>" + body + "</body></html>");
        return HeadlineOverByline.Is(document.QuerySelector("h1")!, SharingTitle, authors);
    }

    [Fact]
    public void An_h1_right_over_the_authors_byline_is_the_shown_headline()
    {
        Assert.True(Is(
            "<div class=\"kicker\">Politics</div><h1>Senate passes stopgap bill, sending shutdown fight back to the House</h1>"
            + "<div class=\"byline\">By <a>Lauren Achebe</a> and <a>Tomas Wexler</a> Updated 6:40 PM</div>",
            ["Lauren Achebe", "Tomas Wexler"]));
    }

    [Fact]
    public void With_no_author_known_a_by_line_is_the_sign()
    {
        Assert.True(Is("<h1>Senate passes stopgap bill, sending shutdown fight back</h1><p>By Lauren Achebe, Staff Writer</p>", []));
        Assert.False(Is("<h1>Senate passes stopgap bill, sending shutdown fight back</h1><p>by the numbers: what it costs</p>", []));
    }

    [Fact]
    public void A_byline_naming_someone_else_is_not()
    {
        Assert.False(Is("<h1>Senate passes stopgap bill, sending shutdown fight back</h1><p>By Jordan Pike</p>", ["Lauren Achebe"]));
    }

    [Fact]
    public void A_kicker_h1_over_the_headline_is_not()
    {
        Assert.False(Is("<h1>Budget battle: the week in Washington</h1><h2>Senate passes stopgap bill</h2><p>By Lauren Achebe</p>", ["Lauren Achebe"]));
    }

    [Fact]
    public void A_blog_name_in_the_header_or_linking_home_is_not()
    {
        Assert.False(Is("<header><h1>Notes from the State House</h1><p>A blog by Lauren Achebe</p></header>", ["Lauren Achebe"]));
        Assert.False(Is("<h1><a href=\"http://notes.example.com/\">Notes from the State House</a></h1><p>A blog by Lauren Achebe</p>", ["Lauren Achebe"]));
    }

    [Fact]
    public void The_document_titles_other_part_is_not()
    {
        Assert.False(Is(
            "<h1>Notes from the State House</h1><p>A blog by Lauren Achebe</p>",
            ["Lauren Achebe"],
            "Senate nears vote on stopgap spending bill | Notes from the State House"));
    }

    [Fact]
    public void A_short_section_label_is_not()
    {
        Assert.False(Is("<h1>Politics</h1><p>By Lauren Achebe</p>", ["Lauren Achebe"]));
    }

    [Fact]
    public void An_h1_in_the_articles_own_header_over_its_dek_and_byline_is_the_shown_headline()
    {
        Assert.True(Is(
            "<article><header class=\"entry-header\"><h1>The Keepers of Tamsin Point</h1><p class=\"entry-dek\">For 31 years, two keepers have kept a light burning.</p>"
            + "<div class=\"entry-meta\">By <a>Priya Ramaswamy</a> and <a>Tomas Ekdahl</a></div></header></article>",
            ["Priya Ramaswamy", "Tomas Ekdahl"]));
    }

    [Fact]
    public void A_page_header_or_a_paragraph_without_a_dek_class_between_h1_and_byline_still_counts_against_it()
    {
        Assert.False(Is(
            "<header class=\"site-header\"><h1>The Keepers of Tamsin Point</h1><p class=\"entry-dek\">For 31 years.</p>"
            + "<div>By <a>Priya Ramaswamy</a></div></header>",
            ["Priya Ramaswamy"]));
        Assert.False(Is(
            "<article><h1>The Keepers of Tamsin Point</h1><p>For 31 years, two keepers have kept a light burning.</p>"
            + "<div>By <a>Priya Ramaswamy</a></div></article>",
            ["Priya Ramaswamy"]));
    }
    [Fact]
    public void A_byline_set_as_a_one_item_list_named_byline_counts()
    {
        Assert.True(Is(
            "<article><header class=\"article-meta\"><h1>Who Keeps the Lights on at Tamsin Point?</h1><p class=\"intro\">Two keepers, one lamp.</p>"
            + "<ul class=\"byline\"><li>By <a href=\"/contributor/priya-ramaswamy/\">Priya Ramaswamy</a> on March 4, 2014</li></ul></header></article>",
            ["Priya Ramaswamy"]));
    }

    [Fact]
    public void A_list_without_the_byline_class_or_of_many_items_under_the_h1_is_not()
    {
        Assert.False(Is(
            "<article><h1>Who Keeps the Lights on at Tamsin Point?</h1>"
            + "<ul class=\"share\"><li>By <a>Priya Ramaswamy</a></li></ul></article>",
            ["Priya Ramaswamy"]));
        Assert.False(Is(
            "<article><h1>Who Keeps the Lights on at Tamsin Point?</h1>"
            + "<ul class=\"byline-links\"><li>By <a>Priya Ramaswamy</a></li><li>Harbor</li><li>Lights</li></ul></article>",
            ["Priya Ramaswamy"]));
    }
}
