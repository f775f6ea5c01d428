using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div itemprop="articleBody"&gt;&lt;p&gt;… &lt;div&gt;&lt;/div&gt;&lt;/p&gt; &lt;div class="inline-article"&gt;…&lt;/div&gt; &lt;p&gt;&lt;/p&gt;&lt;/div&gt;
/// &lt;p&gt;&lt;/p&gt; &lt;p&gt;Dingy though it was …&lt;/p&gt; …": a template that sets a block inside a paragraph has its own end tags
/// miscounted by every HTML parser — the block closes the paragraph, the paragraph's end tag opens an empty one, and the
/// next "&lt;/div&gt;" closes the text's box a few paragraphs in (and a later one its holder, "&lt;/main&gt;&lt;/div&gt;"). The
/// story's paragraphs then run on as siblings after the box and after its holders. Where the box ends in that empty
/// paragraph (the sign of the miscount: a copyright line or a note after a whole box follows no such thing) and the first thing shown after
/// the box is a paragraph of prose, the run after it — paragraphs and the pictures, ads and cards between them — is the
/// rest of the text and goes back into the box, up to the page's next landmark (an aside, footer, nav, header, form or
/// section, or a box that names comments). At least two paragraphs of prose must come back: a lone line under a box
/// ("This entry was posted in …") is no run-on.
/// </summary>
internal static class RootClosedEarly
{
    /// <summary>Levels whose later siblings are read: the text's box, its main, the column and the layout box around it.</summary>
    private const int MostLevels = 4;

    private const int ProseNeeded = 2;

    public static IElement Joined(IElement root)
    {
        // Cheap gate: the box ends in the empty paragraph a stray "</p>" opens, and the first element after it that shows
        // text is a paragraph of prose.
        if (root.LastElementChild is not { LocalName: "p", ChildElementCount: 0 } last || !last.TextContent.AsSpan().Trim().IsEmpty
            || FirstShown(root) is not { LocalName: "p" } first || !IsProse(first))
        {
            return root;
        }

        List<INode> run = [];
        var prose = 0;
        var level = root;
        for (var climbed = 0; climbed < MostLevels && level.LocalName != "body" && level.ParentElement is { LocalName: not "html" } holder; climbed++, level = holder)
        {
            for (var node = level.NextSibling; node is not null; node = node.NextSibling)
            {
                if (node is IElement element)
                {
                    if (IsLandmark(element))
                    {
                        return Moved(root, run, prose);
                    }

                    if (element.LocalName == "p" && IsProse(element))
                    {
                        prose++;
                    }
                }

                run.Add(node);
            }
        }

        return Moved(root, run, prose);
    }

    private static IElement Moved(IElement root, List<INode> run, int prose)
    {
        if (prose >= ProseNeeded)
        {
            foreach (var node in run)
            {
                root.AppendChild(node);
            }
        }

        return root;
    }

    /// <summary>The first element after the box, or after its holders where the box closes one, that shows any text.</summary>
    private static IElement? FirstShown(IElement root)
    {
        var level = root;
        for (var climbed = 0; climbed < MostLevels && level.LocalName != "body" && level.ParentElement is { LocalName: not "html" } holder; climbed++, level = holder)
        {
            for (var element = level.NextElementSibling; element is not null; element = element.NextElementSibling)
            {
                if (!element.TextContent.AsSpan().Trim().IsEmpty)
                {
                    return element;
                }
            }
        }

        return null;
    }

    private static bool IsProse(IElement paragraph)
    {
        var text = paragraph.TextContent.AsSpan().Trim();
        return text.Length > 80 && Words.EndsSentence(text);
    }

    private static bool IsLandmark(IElement element) =>
        element.LocalName is "aside" or "footer" or "nav" or "header" or "form" or "section"
        || (element.Id?.Contains("comment", StringComparison.OrdinalIgnoreCase) ?? false)
        || (element.GetAttribute("class")?.Contains("comment", StringComparison.OrdinalIgnoreCase) ?? false);
}
