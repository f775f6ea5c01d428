using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="byline"&gt;&lt;a href="/author/bgarrity/"&gt;Brendan Garrity&lt;/a&gt; &lt;span class="author-title"&gt;Foreign
/// Affairs Reporter&lt;/span&gt;&lt;/div&gt;": a byline box whose markup sets the writer's linked name apart from the job title
/// beside it. Read as one line, "Brendan Garrity Foreign Affairs Reporter" cannot tell a three-word name from a
/// three-word title; the link says where the name ends.
/// </summary>
internal static class NameLinkBesideRole
{
    public static List<string>? Read(IElement byline)
    {
        var children = byline.Children;
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
}
