using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h2&gt;Inhaltsverzeichnis&lt;/h2&gt;&lt;ol&gt;&lt;li data-scroll-id="a1"&gt;&lt;span&gt;Was ist der Stoffwechsel?&lt;/span&gt;&lt;/li&gt;…&lt;/ol&gt;"
/// over the text, whose sections open with "&lt;h2 data-toc-id="a1"&gt;Was ist der Stoffwechsel?&lt;/h2&gt;": a table of contents a
/// script scrolls from, with no links, so <see cref="InPageJumpList"/> (lists of "#anchor" links) leaves it. Each entry is
/// word for word a heading further down the text: the entries repeat the crossheads and are no paragraphs; the short
/// heading right over the list names it and goes with it, and so does the box the list leaves holding a label at most.
/// </summary>
internal static class HeadingEchoContentsList
{
    /// <summary>A contents list names two sections at least; one item echoing a heading is a coincidence.</summary>
    private const int FewestEntries = 2;

    /// <summary>Longest heading over the list taken with it: a label ("Inhaltsverzeichnis", "Contents"), no sentence.</summary>
    private const int LongestListHeading = 40;


    public static void Remove(IElement root)
    {
        List<(IElement Heading, string Text)>? headings = null;
        var lists = new List<IElement>();
        foreach (var list in root.SelectAll("ul, ol"))
        {
            if (list.Children.Length < FewestEntries || list.ParentElement?.Nearest("ul, ol") is not null)
            {
                continue;
            }

            headings ??= HeadingsOf(root);
            if (headings.Count >= FewestEntries && EchoesLaterHeadings(list, headings))
            {
                lists.Add(list);
            }
        }

        foreach (var list in lists)
        {
            if (list.PreviousElementSibling is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } label
                && label.TextContent.AsSpan().Trim().Length is > 0 and <= LongestListHeading)
            {
                label.Remove();
            }

            var box = list.ParentElement;
            list.Remove();
            EmptiedContentsBox.Remove(box, root);
        }
    }

    /// <summary>Whether every item of <paramref name="list"/> is the text of a heading that follows the list.</summary>
    private static bool EchoesLaterHeadings(IElement list, List<(IElement Heading, string Text)> headings)
    {
        foreach (var item in list.Children)
        {
            if (item.LocalName != "li" || Whitespace.Collapse(item.TextContent) is not { Length: > 0 } entry || !HeadingFollows(list, headings, entry))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HeadingFollows(IElement list, List<(IElement Heading, string Text)> headings, string entry)
    {
        foreach (var (heading, text) in headings)
        {
            if (text.Equals(entry, StringComparison.Ordinal) && list.CompareDocumentPosition(heading).HasFlag(DocumentPositions.Following) && !list.Contains(heading))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The root's headings with their words, once a page.</summary>
    private static List<(IElement Heading, string Text)> HeadingsOf(IElement root)
    {
        var headings = new List<(IElement Heading, string Text)>();
        foreach (var heading in root.SelectAll("h2, h3, h4, h5, h6"))
        {
            headings.Add((heading, Whitespace.Collapse(heading.TextContent)));
        }

        return headings;
    }
}
