using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section data-type="chapter"&gt;&lt;h1&gt;Chapter&lt;/h1&gt;&lt;p&gt;…&lt;/p&gt;&lt;section data-type="sect1"&gt;&lt;h1&gt;Part&lt;/h1&gt;&lt;p&gt;…&lt;/p&gt;
/// &lt;/section&gt;&lt;section data-type="sect1"&gt;&lt;h1&gt;Next part&lt;/h1&gt;…&lt;section data-type="sect2"&gt;…": a book chapter or a standard
/// published as HTML (HTMLBook, DocBook's and the RFC tools' output) nests its text in headed sections, each holding only
/// its own few paragraphs. The densest block is then the longest part alone; the text is the whole outline. A section
/// among sibling sections of its own kind (the same tag, class and <c>data-type</c>) that each open with a heading and
/// hold paragraphs is one part of its parent, and the parent, climbed while it is such a part too, is the text's root.
/// DocutilsSectionDivs: docutils and Sphinx write the same outline in "&lt;div class="section" id="slug"&gt;" boxes, a
/// chapter's part opening with its heading over only the headed parts under it (no paragraph of its own): such a div
/// is a part, and so is a part whose paragraphs are all in its own headed parts one level down.
/// </summary>
internal static class NestedHeadedSections
{
    /// <summary>An outline deeper than this is no document's; the climb stops there.</summary>
    private const int MaxDepth = 6;

    public static IElement? Outline(IElement? densest)
    {
        if (densest is null)
        {
            return null;
        }

        var root = densest;
        for (var depth = 0; depth < MaxDepth && IsPartElement(root) && IsHeadedPart(root)
            && root.ParentElement is { LocalName: "section" or "article" or "div" or "main" } parent && HasSiblingPart(root, parent); depth++)
        {
            root = parent;
        }

        return root;
    }

    private static bool HasSiblingPart(IElement part, IElement parent) =>
        parent.Children.Any(sibling => sibling != part && sibling.LocalName == part.LocalName && SameKind(sibling, part) && IsHeadedPart(sibling));

    private static bool SameKind(IElement one, IElement other) =>
        string.Equals(one.ClassName ?? string.Empty, other.ClassName ?? string.Empty, StringComparison.Ordinal)
        && string.Equals(one.GetAttribute("data-type") ?? string.Empty, other.GetAttribute("data-type") ?? string.Empty, StringComparison.Ordinal);

    /// <summary>A sectioning element, or a docutils section box: a div classed "section" under an anchor id.</summary>
    private static bool IsPartElement(IElement element) =>
        element.LocalName == "section" || (element.LocalName == "div" && element.Id is { Length: > 0 } && element.ClassList.Contains("section"));

    /// <summary>A heading as its first element, and a paragraph among its children, or a headed part of its kind holding one.</summary>
    private static bool IsHeadedPart(IElement section) =>
        IsHeaded(section) && section.Children.Any(child => child.LocalName == "p" || (child.LocalName == section.LocalName && SameKind(child, section) && IsHeaded(child)
            && child.Children.Any(grandchild => grandchild.LocalName == "p")));

    private static bool IsHeaded(IElement section) => section.FirstElementChild is { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" };
}
