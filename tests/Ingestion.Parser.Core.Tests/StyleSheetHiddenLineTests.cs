using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StyleSheetHiddenLineTests
{
    [Fact]
    public void A_trap_line_hidden_by_the_pages_style_sheet_is_no_paragraph()
    {
        var page = SerialChapterPage.Parse();

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("without the writer's consent", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_top_level_rules_of_single_classes_that_hide_count()
    {
        const string css = """
            <![CDATA[ /* trap */ .a1, .b2 { speak: never; display : none } .shown { display: block }
            @media print { .noprint { display: none } } div.note { display: none } .c3 .d4 { display: none } ]]>
            """;

        Assert.Equal(["a1", "b2"], StyleSheetHiddenLine.HiddenClasses(css));
    }
}
