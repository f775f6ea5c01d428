using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h5&gt;Your Account&lt;/h5&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="#opening"&gt;Opening an Account&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a
/// href="#closing"&gt;Closing an Account&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;" between the opening paragraph of a terms page and its
/// first section: a table of contents printed as plain lists, in no "toc" box, each item one link that jumps to an anchor
/// of the same page ("&lt;a id="opening"&gt;&lt;/a&gt;&lt;h4&gt;OPENING AN ACCOUNT&lt;/h4&gt;"). The entries repeat the section headings
/// and are no paragraphs; the short heading right over such a list names its group of entries and goes with it, unless
/// a jump lands on it (then it is a section of the text). A box the list leaves empty but for its label ("&lt;details&gt;&lt;summary&gt;Table
/// of Contents&lt;/summary&gt;&lt;div class="contents"&gt;…") goes too.
/// </summary>
internal static class InPageJumpList
{
    /// <summary>A contents list jumps to two places at least; one lone link is <see cref="LoneLinkListItem"/>'s.</summary>
    private const int FewestJumps = 2;

    /// <summary>Longest group heading taken with its list: a label, no sentence.</summary>
    private const int LongestGroupHeading = 80;


    /// <summary>Takes out of <paramref name="root"/> each list of jumps to anchors of the page, and the group heading over it.</summary>
    public static void Remove(IElement root)
    {
        HashSet<string>? anchors = null;
        var lists = new List<IElement>();
        var jumped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in root.SelectAll("ul, ol"))
        {
            // A nested list goes with the outer one.
            if (list.ParentElement?.Nearest("ul, ol") is { } outer && lists.Contains(outer))
            {
                continue;
            }

            var targets = new List<string>();
            if (!OnlyJumps(list, targets) || targets.Count < FewestJumps)
            {
                continue;
            }

            anchors ??= AnchorsOf(root.Owner?.DocumentElement ?? root);
            if (targets.TrueForAll(anchors.Contains))
            {
                lists.Add(list);
                jumped.UnionWith(targets);
            }
        }

        foreach (var list in lists)
        {
            if (list.PreviousElementSibling is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading
                && heading.TextContent.Trim().Length is > 0 and <= LongestGroupHeading && !(heading.Id is { Length: > 0 } id && jumped.Contains(id)))
            {
                heading.Remove();
            }

            var box = list.ParentElement;
            list.Remove();
            EmptiedContentsBox.Remove(box, root);
        }
    }

    /// <summary>
    /// Whether every item of <paramref name="list"/> is one link to "#anchor" and nothing else, bar a nested list of
    /// the same kind; the anchors are added to <paramref name="targets"/>.
    /// </summary>
    private static bool OnlyJumps(IElement list, List<string> targets)
    {
        if (list.Children.Length == 0)
        {
            return false;
        }

        foreach (var item in list.Children)
        {
            if (item.LocalName != "li")
            {
                return false;
            }

            IElement? link = null;
            foreach (var child in item.Children)
            {
                if (child.LocalName == "a" && link is null)
                {
                    link = child;
                }
                else if (child.LocalName is not ("ul" or "ol") || !OnlyJumps(child, targets))
                {
                    return false;
                }
            }

            if (link?.GetAttribute("href") is not { Length: > 1 } href || href[0] != '#'
                || Whitespace.Collapse(link.TextContent) is not { Length: > 0 } text || !OwnText(item).Equals(text, StringComparison.Ordinal))
            {
                return false;
            }

            targets.Add(href[1..]);
        }

        return true;
    }

    /// <summary>The item's words outside its nested lists.</summary>
    private static string OwnText(IElement item)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in item.ChildNodes)
        {
            if (node is IElement { LocalName: "ul" or "ol" })
            {
                continue;
            }

            text.Append(node.TextContent).Append(' ');
        }

        return Whitespace.Collapse(text.ToString());
    }

    /// <summary>Every id and every anchor's name in the page, once.</summary>
    internal static HashSet<string> AnchorsOf(IElement page)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in page.SelectAll("[id], a[name]"))
        {
            if (element.Id is { Length: > 0 } id)
            {
                anchors.Add(id);
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            {
                anchors.Add(name);
            }
        }

        return anchors;
    }
}
