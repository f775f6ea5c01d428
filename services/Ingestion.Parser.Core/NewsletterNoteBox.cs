using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="catcher"&gt;&lt;div&gt;Pour ne rien manquer de l'actualité économique&lt;/div&gt;&lt;div&gt;&lt;p&gt;Cet article est paru
/// dans notre newsletter « La lettre éco ». … &lt;a&gt;vous pouvez vous inscrire …&lt;/a&gt;&lt;/p&gt;&lt;/div&gt;&lt;/section&gt;" inside the text's
/// box: a titled box whose one paragraph names a newsletter and links to its sign-up is the paper's invitation, no part of
/// the story; its title reads as a crosshead and its paragraph as the text's last. The box is small, has a title of its
/// own before the paragraph and holds no other paragraph, so a story's paragraph about a newsletter, among the others of
/// its text, stays.
/// </summary>
internal static class NewsletterNoteBox
{
    private const int LongestBox = 700;
    private const int LongestTitle = 120;
    private const int MostLevels = 3;

    private static readonly PhraseSet Newsletter = new("newsletter");

    public static void Remove(IElement root)
    {
        List<IElement>? boxes = null;
        foreach (var paragraph in root.SelectAll("p"))
        {
            // The cheap checks first: a link, then the word; most paragraphs have neither.
            if (paragraph.SelectFirst("a") is null || !NamesNewsletter(paragraph) || Box(root, paragraph) is not { } box)
            {
                continue;
            }

            (boxes ??= []).Add(box);
        }

        if (boxes is not null)
        {
            foreach (var box in boxes)
            {
                box.Remove();
            }
        }
    }

    /// <summary>Whether a text node of the paragraph holds the word: its text nodes are searched as they stand, no copy of the paragraph's text made.</summary>
    private static bool NamesNewsletter(INode node)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text ? Newsletter.FoundIn(text.Data) : child.HasChildNodes && NamesNewsletter(child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The titled box around the paragraph, or null.</summary>
    private static IElement? Box(IElement root, IElement paragraph)
    {
        var level = 0;
        for (var box = paragraph.ParentElement; box is not null && box != root && level < MostLevels; box = box.ParentElement, level++)
        {
            if (Whitespace.Collapse(box.TextContent).Length > LongestBox)
            {
                return null;
            }

            if (box.LocalName is "section" or "aside" or "div" && box.SelectAll("p").Length == 1
                && box.FirstElementChild is { } title && !title.Contains(paragraph)
                && Whitespace.Collapse(title.TextContent) is { Length: > 0 and <= LongestTitle })
            {
                return box;
            }
        }

        return null;
    }
}
