using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CodeSampleLineBreakTests
{
    [Fact]
    public void A_highlighted_code_sample_with_line_breaks_is_one_paragraph()
    {
        var page = CodeSamplePage.Parse(CodeSamplePage.Highlighted);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal("// tide.c int level(int raw) { return raw / 4; }", page.BodyParagraphs[1]);
    }

    [Fact]
    public void Breaks_in_a_preformatted_block_without_code_still_part_lines()
    {
        var page = CodeSamplePage.Parse("<pre>High water at 06:12.<br />Low water at 12:30.</pre>");

        Assert.Contains("High water at 06:12.", page.BodyParagraphs);
        Assert.Contains("Low water at 12:30.", page.BodyParagraphs);
    }
}
