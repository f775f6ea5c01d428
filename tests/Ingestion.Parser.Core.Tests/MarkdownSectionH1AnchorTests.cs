using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>HeadingTextAnchor widened to h1: a Markdown post's section h1 whose id spells two of its words is text.</summary>
public class MarkdownSectionH1AnchorTests
{
    private static bool Is(string html)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        return HeadingTextAnchor.Is(document.Body!.FirstElementChild!);
    }

    [Fact]
    public void A_section_h1_whose_id_spells_its_words_is_a_text_anchor() =>
        Assert.True(Is("<h1 id=\"tools-projects\">Tools &amp; Projects &#x1F6E0;</h1>"));

    [Fact]
    public void A_menus_h1_named_by_its_one_word_is_none() =>
        Assert.False(Is("<h1 id=\"menu\">Menu</h1>"));

    [Fact]
    public void A_letters_tools_section_stays_in_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Garden letter 12: sheds and more</title><meta property="og:title" content="Garden letter 12: sheds and more"></head><body>
            <div class="header"><h1>Garden letter 12: sheds and more</h1></div>
            <main><div class="content">
            <p>There is quite a bit of news from the garden this week, with roses and tomatoes and a new shed. I have something for everyone.</p>
            <h2 id="roses"><a href="https://roses.example/">Roses are early</a></h2>
            <p>The roses opened early this year, two weeks before the ones on the south wall did.</p>
            <h1 id="tools-projects">Tools &amp; Projects</h1>
            <h2 id="spade"><a href="https://spade.example/">A better spade</a></h2>
            <p>The new spade has a longer handle and a sharper edge, and it costs less than the old one did.</p>
            </div></main></body></html>
            """), "letter.html");

        Assert.Contains("Tools & Projects", page.BodyParagraphs);
    }
}
