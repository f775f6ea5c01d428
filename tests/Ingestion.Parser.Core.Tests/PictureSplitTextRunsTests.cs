using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureSplitTextRunsTests
{
    private static string Run(params string[] paragraphs) =>
        "<div class=\"story__section wysiwyg\"><div class=\"story__text wysiwyg\">" + string.Concat(paragraphs.Select(p => "<p>" + p + "</p>")) + "</div></div>";

    private static string Picture(string caption) =>
        "<figure><img src=\"/uploads/picture.jpg\" alt=\"\"><figcaption><div class=\"caption\"><p>" + caption + "</p></div></figcaption></figure>";

    private static readonly string[] First =
    [
        "The lighthouse on the north cape was built in 1871, and for most of its life a single family kept its lamp burning through the winters.",
        "Their logbooks, kept in a chest in the keeper's cottage, were thought lost until a volunteer found them in the attic last spring.",
    ];

    private static readonly string[] Second =
    [
        "The books record every ship that passed, the weather at each watch and, in the margins, the births and deaths of the keepers' children.",
    ];

    private static readonly string[] Third =
    [
        "Historians at the maritime museum have begun to copy the pages, a task they expect to take two years, working from photographs of each one.",
        "The copies will be put online, the museum said, so that the families of the sailors named in them can read the entries for themselves.",
        "The originals will go back to the cottage, which the town plans to open to visitors next summer after the roof is repaired.",
    ];

    private static string Page(string between) => $$"""
        <html><head><title>The keepers' logbooks</title></head><body>
        <h1>The keepers' logbooks</h1>
        <div class="content-block"><div class="wrap"><div class="col">{{Run(First)}}</div></div></div>
        {{Picture("The lighthouse in a photograph of about 1900.")}}
        <div class="content-block">{{Run(Second)}}</div>
        {{between}}
        <div class="content-block">{{Run(Third)}}</div>
        </body></html>
        """;

    [Fact]
    public void Runs_of_the_text_between_pictures_are_the_story_in_page_order()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(Picture("A page of the logbook for March 1902."))), "page.html");

        Assert.Equal(First.Concat(Second).Concat(Third), page.BodyParagraphs);
        Assert.Equal(["The lighthouse in a photograph of about 1900.", "A page of the logbook for March 1902."], page.Captions);
    }

    [Fact]
    public void A_box_of_the_same_class_with_text_between_stays_apart()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "<div class=\"panel\"><h2>Elsewhere on the coast</h2><p>Ferries to the islands run twice a day in summer and once a day from October, weather permitting, from the harbour steps.</p><p>Tickets are sold on board.</p></div>")), "page.html");

        Assert.Equal(Third, page.BodyParagraphs);
    }

    private static string Step(string heading, string text) =>
        $"<div class=\"mod step\"><div class=\"stepContent\"><div class=\"content\"><span class=\"headline2 head\">{heading}</span><p>{text}</p></div>"
        + "<figure class=\"stepThumb\"><img src=\"/img/step.jpg\" alt=\"\"></figure><figcaption class=\"caption\">A step (Ana Ruiz)</figcaption></div></div>";

    [Fact]
    public void A_how_tos_lead_and_steps_are_one_text_the_list_of_things_needed_among_them()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>How to Pot a Fern | Craftly</title>
            <meta name="description" content="How to Pot a Fern. Potted ferns bring a bit of the woods into a flat and ask for little care once they are settled, as long as the soil stays damp. You..."/>
            </head><body>
            <div class="col-main"><header><h1>How to Pot a Fern</h1><a class="byline" rel="author" href="/contributor/ana_ruiz/">By Ana Ruiz</a></header>
            <div class="mod step"><div class="stepContent mod"><div class="content lead"><p>Potted ferns bring a bit of the woods into a flat and ask for little care once they are settled, as long as the soil stays damp. You will not have to water them often, only when the glass stops misting up in the mornings.</p></div></div></div>
            <div class="mod step"><div class="stepContent"><div class="content"><span class="headline2 head">Supplies</span><ul><li>Clay pot</li><li>Potting soil from a nursery</li><li>Gravel</li></ul></div></div></div>
            {{Step("Stage 1", "Lay a finger of gravel in the bottom of the pot so that the water can drain away from the roots.")}}
            {{Step("Stage 2", "Fill the pot half way with soil and press it down gently with your fingers.")}}
            <aside class="related"><h3>More Like This</h3><ul><li><a href="/how-to-pot-a-cactus.html">How to Pot a Cactus</a></li></ul></aside>
            </div></body></html>
            """), "page.html");

        Assert.Equal(
            ["Potted ferns bring a bit of the woods into a flat and ask for little care once they are settled, as long as the soil stays damp. You will not have to water them often, only when the glass stops misting up in the mornings.",
             "Supplies", "Clay pot", "Potting soil from a nursery", "Gravel",
             "Stage 1", "Lay a finger of gravel in the bottom of the pot so that the water can drain away from the roots.",
             "Stage 2", "Fill the pot half way with soil and press it down gently with your fingers."],
            page.BodyParagraphs);
    }
}
