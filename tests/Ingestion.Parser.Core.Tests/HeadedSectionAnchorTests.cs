using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A documentation section's box whose id is the slug of its own heading is text, a furniture word in the slug or not.</summary>
public class HeadedSectionAnchorTests
{
    private static IReadOnlyList<string> BodyOf(string section) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Pruning Guide — orchard handbook</title></head><body>
        <div class="header"><h1><a href="index.html">orchard handbook</a></h1></div>
        <div class="content"><div class="section" id="pruning-guide">
        <h1>Pruning Guide<a class="headerlink" href="#pruning-guide">¶</a></h1>
        <p>Most young apple trees want a light cut in late winter, before the buds swell and the sap starts to rise again.</p>
        <p>The guide below walks through one tree, then shows how the same steps carry over to a whole row of them.</p>
        {{section}}
        <div class="section" id="closing-notes"><h2>Closing notes</h2>
        <p>Keep every cut clean and slightly angled so that rain runs off the wound instead of pooling on the bark.</p></div>
        </div></div>
        <div class="footer">Built with a static site tool.</div>
        </body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void A_section_whose_id_spells_its_heading_keeps_its_text()
    {
        var body = BodyOf("""
            <div class="section" id="sharing-tools-between-neighbours">
            <h2><a class="toc-backref" href="#id3">Sharing tools between neighbours</a><a class="headerlink" href="#sharing-tools-between-neighbours">¶</a></h2>
            <p>Two households on one lane can easily keep a single pair of loppers and a long saw between them all year.</p>
            <p>Agree on who sharpens the blades each autumn, and write the date on a tag tied to the handle of the saw.</p>
            </div>
            """);
        Assert.Contains("Sharing tools between neighbours", body);
        Assert.Contains(body, paragraph => paragraph.StartsWith("Two households on one lane", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.StartsWith("Agree on who sharpens", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_box_headed_with_its_own_name_still_goes()
    {
        var body = BodyOf("""
            <div id="share-this-guide"><h3>Share this guide</h3>
            <ul><li><a href="https://example.net/share?u=1">Email</a></li><li><a href="https://example.net/share?u=2">Post it</a></li></ul>
            <p>Tell a friend.</p>
            </div>
            """);
        Assert.DoesNotContain("Share this guide", body);
        Assert.DoesNotContain("Tell a friend.", body);
    }

    [Fact]
    public void A_section_whose_id_names_other_words_still_goes()
    {
        var body = BodyOf("""
            <div class="section" id="sharing-panel-bottom">
            <h2>Sharing with the street</h2>
            <p>Two households on one lane can easily keep a single pair of loppers and a long saw between them all year.</p>
            <p>Agree on who sharpens the blades each autumn, and write the date on a tag tied to the handle of the saw.</p>
            </div>
            """);
        Assert.DoesNotContain("Sharing with the street", body);
    }
}
