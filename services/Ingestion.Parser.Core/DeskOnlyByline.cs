using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="author list"&gt;&lt;li&gt;Harbour Weekly編集部&lt;/li&gt;&lt;/ul&gt;", "&lt;span class="byline"&gt;Redaktion BWK&lt;/span&gt;":
/// the element the template marks as the byline names the newsroom's desk alone, a Japanese or Chinese desk's word glued
/// after the site's name ("…編集部", the editorial department). The story is signed by the desk, so it
/// has no writer, and no other line of the page (a product's name over the text, a crosshead) is read as one in its place.
/// Asked only when no reader found a writer.
/// </summary>
internal static class DeskOnlyByline
{
    private const string Marks = "[rel='author'], .writer, [class*='author'], [class*='writer'], .byline";

    private const int MaxLength = 40;

    public static bool Signs(IDocument document, Func<IElement, bool> isInComment)
    {
        foreach (var element in document.SelectAll(Marks))
        {
            if (element.LocalName is "body" or "html" or "meta" || element.Nearest("nav, footer") is not null || isInComment(element)
                || NodeText.IsLongerThan(element, MaxLength * 4))
            {
                continue;
            }

            var text = Whitespace.Collapse(element.TextContent);
            if (text.Length is > 0 and <= MaxLength && (NewsroomDeskName.Is(text) || EndsWithKanjiDesk(text) || IsDeskSignature(element, text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "By &lt;span class="author vcard"&gt;&lt;a&gt;National Desk&lt;/a&gt;&lt;/span&gt;": an English desk signs the byline's own name element,
    /// capitalised words ending in a desk's word (SignedByDesk), the byline's "By" label right before the element
    /// (EnglishDeskByline, a widening). A role printed in an author-classed element beside a name ("Staff Writer") has no
    /// label before it and is not asked.
    /// </summary>
    private static bool IsDeskSignature(IElement element, string text) =>
        SignedByDesk.Is(text) && element.PreviousSibling is { } before && before.NodeType == NodeType.Text
        && before.TextContent.AsSpan().Trim() is var label && label.EndsWith("By", StringComparison.OrdinalIgnoreCase)
        && (label.Length == 2 || !char.IsLetter(label[^3]));

    /// <summary>Japanese and Chinese editorial desks, glued after the site's or section's name: "編集部", "編集局", "编辑部".</summary>
    private static readonly string[] KanjiDeskWords = ["編集部", "編集局", "編輯部", "编辑部", "編集室"];

    public static bool EndsWithKanjiDesk(string text)
    {
        foreach (var word in KanjiDeskWords)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
