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

    [Fact]
    public void A_byline_the_theme_hides_by_its_class_still_names_the_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Three ways to wear a yellow coat - Lumen Lane</title>
            <style>.meta-author { display: none } .meta-category { display: none }</style></head><body>
            <article><h1>Three ways to wear a yellow coat</h1>
            <div class="entry-meta"><span class="meta-author">By <a href="/author/mira-holt/" rel="author">Mira Holt</a></span></div>
            <div class="entry-content"><p>A yellow coat looks loud on the hanger, but it goes with more than you would think, and here are three ways to wear it.</p>
            <p>The first is the easiest: grey trousers, white trainers and the coat open over a plain knitted jumper.</p></div>
            </article></body></html>
            """), "post.html");

        Assert.Equal(["Mira Holt"], page.Authors);
    }
}
