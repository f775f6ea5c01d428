using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="theiaPostSlider_slides"&gt;&lt;div&gt;&lt;p&gt;…&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;…": a post-paging plugin wraps the whole text of
/// the post in its "slides", one slide a page of paragraphs. A picture slider's slides hold short labels ("Full
/// Profile", "Tip Profile"); a box of slides holding several paragraphs of prose is the post itself, no furniture.
/// </summary>
internal static class PagedPostSlides
{
    /// <summary>Paragraphs of prose that make the box the text, not a slider's labels.</summary>
    private const int ProseParagraphs = 3;

    /// <summary>A paragraph of the text is at least this long, as <see cref="TextOpeningLead"/> measures one.</summary>
    private const int ParagraphLength = 80;

    /// <summary>Whether a box the "slides" class word marks as furniture holds the post's paragraphs.</summary>
    /// <remarks>A class-name search first: only a slides box pays the paragraph count.</remarks>
    public static bool Is(IElement element)
    {
        if (element.ClassName is not { } className || className.IndexOf("slides", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        var prose = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            if (ShownLength.Of(paragraph.TextContent) >= ParagraphLength && Words.EndsSentence(Whitespace.Collapse(paragraph.TextContent).Trim()) && ++prose >= ProseParagraphs)
            {
                return true;
            }
        }

        return false;
    }
}
