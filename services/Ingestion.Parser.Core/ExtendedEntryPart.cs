using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="serendipity_entry_body"&gt;&lt;p&gt;…&lt;/p&gt;&lt;div class="serendipity_imageComment_right"&gt;…&lt;/div&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;
/// &lt;div class="serendipity_entry_extended"&gt;&lt;a id="extended"&gt;&lt;/a&gt;&lt;p&gt;…&lt;/p&gt;…&lt;/div&gt;": a blog engine (Serendipity,
/// Movable Type's "entry-body" / "entry-more") prints a post's opening and its continuation behind "Continue reading" in
/// two sibling blocks. The densest block is the longer continuation; the story is both, the opening first.
/// </summary>
internal static class ExtendedEntryPart
{
    /// <summary>The class-name parts by which engines name a post's continuation.</summary>
    private static readonly WordSet ContinuationClass = new("extended", "more");

    /// <summary>The class-name part by which they name its opening.</summary>
    private static readonly WordSet OpeningClass = new("body");

    /// <summary>
    /// <paramref name="root"/> with its opening's nodes moved in before its own, when it is a post's continuation and the
    /// block right before it is the post's opening holding paragraphs; else <paramref name="root"/> as it is.
    /// </summary>
    public static IElement WithOpening(IElement root)
    {
        if (root.LocalName is not ("div" or "section") || !ContinuationClass.ContainsNamePart(root.ClassName)
            || root.PreviousElementSibling is not { LocalName: "div" or "section" } opening || !OpeningClass.ContainsNamePart(opening.ClassName)
            || !opening.Children.Any(child => child.LocalName == "p"))
        {
            return root;
        }

        var first = root.FirstChild;
        while (opening.FirstChild is { } node)
        {
            root.InsertBefore(node, first);
        }

        opening.Remove();
        return root;
    }
}
