using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>NestedHeadedSections widened: docutils' "div.section" boxes are an outline, climbed before runs are joined.</summary>
public class DocutilsSectionDivsTests
{
    private const string Manual = """
        <div class="content"><div class="section" id="caring-for-hand-tools">
        <h1>Caring for Hand Tools<a class="headerlink" href="#caring-for-hand-tools">¶</a></h1>
        <p>A spade that is cleaned after each use will outlast three that are left in the shed with soil on the blade.</p>
        <p>This page covers cleaning first, then storage, and finally the small repairs that anyone can do at home.</p>
        <div class="section" id="cleaning"><h2>Cleaning<a class="headerlink" href="#cleaning">¶</a></h2>
        <div class="section" id="after-each-use"><h3>After each use</h3>
        <p>Knock the soil off against a post, then wipe the blade with an oily rag before it goes back on the hook.</p></div>
        <div class="section" id="once-a-season"><h3>Once a season</h3>
        <p>Scrub the handles with warm water, let them dry in the sun, and rub a little linseed oil into the wood.</p>
        <p>Check every rivet while the tool is clean, since a loose one is far easier to spot without the dirt on it.</p>
        <p>Sharpen the edge of the spade with a flat file, working from the back of the blade towards the front.</p></div>
        </div>
        <div class="section" id="storage"><h2>Storage<a class="headerlink" href="#storage">¶</a></h2>
        <p>Hang long tools by their handles so that the blades never rest on a damp floor through the winter.</p></div>
        </div></div>
        """;

    [Fact]
    public void A_section_div_among_headed_section_divs_climbs_to_the_whole_page()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Manual + "</body></html>");

        Assert.Equal("caring-for-hand-tools", NestedHeadedSections.Outline(document.GetElementById("once-a-season"))!.Id);
    }

    [Fact]
    public void A_manual_page_keeps_its_opening_and_every_section_in_order()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("<html><head><title>Caring for Hand Tools — garden manual</title></head><body>"
            + "<div class=\"header\"><h1 class=\"heading\"><a href=\"index.html\"><span>garden manual</span></a></h1></div>" + Manual
            + "<div class=\"footer\">Built with a static site tool.</div></body></html>"), "manual.html");

        Assert.StartsWith("A spade that is cleaned", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.Contains("Cleaning", page.BodyParagraphs);
        Assert.Contains("After each use", page.BodyParagraphs);
        Assert.StartsWith("Hang long tools", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_div_without_an_anchor_id_stays_the_root()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="page"><div class="section" id="s"><h2>Story</h2><p>Text.</p></div>
            <div class="section"><h2>Related</h2><p>Teaser.</p></div></div></body></html>
            """);
        var root = document.GetElementById("s")!;
        root.RemoveAttribute("id");

        Assert.Same(root, NestedHeadedSections.Outline(root));
    }
}
