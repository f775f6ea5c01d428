using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A roundup's first section head set as a bold paragraph stays in the body like its later siblings (BoldParagraphCrosshead).</summary>
public class BoldParagraphCrossheadTests
{
    private static ParsedPage Parse(string opening, string laterHeads) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Bakery opens; ferry grant: Harbour Notes | harbour.com</title>
        <meta property="og:site_name" content="harbour.com"></head><body>
        <div id="article"><h1>Bakery opens; ferry grant: Harbour Notes</h1>
        <div class="byline">By Lena Hansen</div>
        <div class="entry-content">
        {{opening}}
        <p><strong>WESTHAVEN</strong> -- The ferry trust has given the rowing club a grant of $4,000 to repair the slipway before the spring regatta.</p>
        <p>The club will move its boats to the north shed while the work goes on, its secretary said on Monday.</p>
        {{laterHeads}}
        <p><strong>EASTPORT</strong> -- Two sisters have opened a bakery and coffee bar in the old chandlery on Quay Street, selling rye loaves.</p>
        <p>The bakery opens at seven every morning but Sunday, when it opens at nine and closes at noon.</p>
        <p><em><strong>MOVES</strong></em></p>
        <p><strong>NORTHPORT</strong> -- The harbour office has moved to the second floor of the customs house while its own building is repaired.</p>
        </div></div></body></html>
        """), "notes.html");

    [Fact]
    public void The_first_bold_section_head_stays_in_the_body()
    {
        var page = Parse("<p><em><strong>GRANTS</strong></em></p>", "<p><strong>NEW BUSINESS</strong></p>");
        Assert.Equal("GRANTS", page.BodyParagraphs[0]);
        Assert.Contains("NEW BUSINESS", page.BodyParagraphs);
        Assert.Equal(8, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_bold_line_with_only_one_later_bold_paragraph_stays_out()
    {
        var page = Parse("<p><em><strong>GRANTS</strong></em></p>", "<p>The rest of the notes follow below, town by town, as the offices sent them in.</p>");
        Assert.DoesNotContain("GRANTS", page.BodyParagraphs);
    }
}
