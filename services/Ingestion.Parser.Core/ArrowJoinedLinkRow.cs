using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;br&gt;&lt;a href="…_kana.html"&gt;かな&lt;/a&gt;　←→　&lt;a href="…_en.html"&gt;English&lt;/a&gt;&lt;br&gt;": a row of links joined by
/// nothing but arrows, on a line of its own, switches between versions of the page (its script, its language, the
/// previous and next part). No sentence joins its links with arrows, so the row is navigation: read as text it was one
/// more line of the story. Links among words, a single link and arrows beside a word stay.
/// </summary>
internal static class ArrowJoinedLinkRow
{
    private const int LeastLinks = 2;

    private const string Arrows = "←→↔⇔⇄⇆⟵⟶⟷";

    public static void Remove(IDocument document)
    {
        List<INode>? rows = null;
        foreach (var link in document.GetElementsByTagName("a"))
        {
            // A row is found from its first link: one whose line opens with it and an arrow after it.
            if (link.NextSibling is not IText { Data: var firstJoint } || !IsArrowJoint(firstJoint) || !OpensLine(link.PreviousSibling))
            {
                continue;
            }

            var members = new List<INode> { link };
            var links = 1;
            var node = link.NextSibling;
            while (node is IText { Data: var data } joint && IsArrowJoint(data) && joint.NextSibling is IElement { LocalName: "a" } next)
            {
                members.Add(joint);
                members.Add(next);
                links++;
                node = next.NextSibling;
            }

            if (links >= LeastLinks && ClosesLine(node))
            {
                (rows ??= []).AddRange(members);
            }
        }

        foreach (var member in rows ?? [])
        {
            member.RemoveFromParent();
        }
    }

    /// <summary>Arrows and spaces (the ideographic one too), at least one arrow.</summary>
    private static bool IsArrowJoint(string data)
    {
        var arrows = 0;
        foreach (var c in data)
        {
            if (Arrows.Contains(c))
            {
                arrows++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return arrows > 0;
    }

    private static bool OpensLine(INode? before) => IsLineEdge(before, node => node.PreviousSibling);

    private static bool ClosesLine(INode? after) => IsLineEdge(after, node => node.NextSibling);

    /// <summary>Past blank text from <paramref name="node"/>, a break or a block, or nothing: the row's line ends there.</summary>
    private static bool IsLineEdge(INode? node, Func<INode, INode?> step)
    {
        for (; node is not null; node = step(node))
        {
            if (node is IText { Data: var data } && string.IsNullOrWhiteSpace(data))
            {
                continue;
            }

            return node is IElement { LocalName: "br" or "p" or "div" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" };
        }

        return true;
    }
}
