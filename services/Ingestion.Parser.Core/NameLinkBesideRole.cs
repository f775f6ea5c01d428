using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="byline"&gt;&lt;a href="/author/bgarrity/"&gt;Brendan Garrity&lt;/a&gt; &lt;span class="author-title"&gt;Foreign
/// Affairs Reporter&lt;/span&gt;&lt;/div&gt;": a byline box whose markup sets the writer's linked name apart from the job title
/// beside it. Read as one line, "Brendan Garrity Foreign Affairs Reporter" cannot tell a three-word name from a
/// three-word title; the link says where the name ends. A paper's title beside the link may be bare text, the paper's
/// name in it ("By &lt;a&gt;Doug Maddox&lt;/a&gt; Sentinel Sports Writer"), where the words after the link are the title.
/// </summary>
internal static class NameLinkBesideRole
{
    public static List<string>? Read(IElement byline)
    {
        var children = byline.Children;
        if (children.Length == 1 && children[0].LocalName == "a")
        {
            return NameLinkBeforeTitleText(byline, children[0]);
        }

        if (children.Length is < 2 or > 4)
        {
            return null;
        }

        var links = children.Where(child => child.LocalName == "a").ToList();
        if (links is not [var link])
        {
            return null;
        }

        var name = Whitespace.Collapse(link.TextContent);
        var hasRoleBeside = children.Any(child => child != link && BylineParser.IsRole(Whitespace.Collapse(child.TextContent)));
        return hasRoleBeside && Words.LooksLikePersonName(name) && !BylineParser.IsRole(name) ? [name] : null;
    }

    /// <summary>
    /// "By &lt;a&gt;Doug Maddox&lt;/a&gt; Sentinel Sports Writer": nothing but "By" before the link, and a title of a few words after
    /// it with no second name ("and B", "&amp; B", "A, B") in it.
    /// </summary>
    private static List<string>? NameLinkBeforeTitleText(IElement byline, IElement link)
    {
        var before = new System.Text.StringBuilder();
        var after = new System.Text.StringBuilder();
        var seen = false;
        foreach (var node in byline.ChildNodes)
        {
            if (node == link)
            {
                seen = true;
            }
            else
            {
                (seen ? after : before).Append(node.TextContent);
            }
        }

        var lead = Whitespace.Collapse(before.ToString()).Trim();
        var title = Whitespace.Collapse(after.ToString()).Trim();
        if (lead is not ("" or "By" or "by" or "BY") || title.Length == 0 || title.Contains(',') || title.Contains('&') || title.Contains(" and ", StringComparison.Ordinal)
            || !BylineParser.IsRole(title))
        {
            return null;
        }

        var name = Whitespace.Collapse(link.TextContent).Trim();
        return Words.LooksLikePersonName(name) && !BylineParser.IsRole(name) ? [name] : null;
    }
}
