using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article class="u-border-l-8"&gt;&lt;h4 class="related__title"&gt;Related Story&lt;/h4&gt;&lt;a href="/2019/04/…"&gt;&lt;h3&gt;Council
/// approves pier lighting&lt;/h3&gt;&lt;/a&gt;&lt;/article&gt;": a box set between a story's paragraphs whose heading's class names it
/// the related stories' title, and which holds nothing but that heading and links. The heading goes as furniture by its
/// class; the box it heads goes with it, or the linked headline under it stands alone among the paragraphs as text, since
/// the related heading that would have taken it along is gone. A box holding any text outside its heading and its
/// links (a paragraph the heading's class happens to name) keeps that text.
/// </summary>
internal static class RelatedTitleBox
{
    private const int LongestBox = 400;

    /// <summary>The box <paramref name="element"/> heads when it is such a title and the box only links; else the element.</summary>
    public static IElement Around(IElement element, HashSet<IElement> kept)
    {
        if (element.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6") || element.ClassName is not { } name
            || name.IndexOf("related", StringComparison.OrdinalIgnoreCase) < 0
            || element.ParentElement is not { LocalName: not ("body" or "main") } box || kept.Contains(box)
            || NodeText.IsLongerThan(box, LongestBox) || box.SelectFirst("a") is null)
        {
            return element;
        }

        foreach (var text in box.Descendants<IText>())
        {
            if (text.Data.AsSpan().Trim().Length > 0 && !IsHeadingOrLinkText(text, element, box))
            {
                return element;
            }
        }

        return box;
    }

    private static bool IsHeadingOrLinkText(IText text, IElement heading, IElement box)
    {
        for (var parent = text.ParentElement; parent is not null && parent != box; parent = parent.ParentElement)
        {
            if (parent == heading || parent.LocalName == "a")
            {
                return true;
            }
        }

        return false;
    }
}
