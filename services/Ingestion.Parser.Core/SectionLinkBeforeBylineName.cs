using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="authors"&gt;&lt;a href="/harbour/ferries"&gt;FER&lt;/a&gt; &lt;a href="/archive/4211"&gt;Ada Brennan&lt;/a&gt;&lt;/p&gt;": a
/// trade site's template opens the author line with a link to the story's section, the address its breadcrumb and its
/// menu link to above the headline, and the writer's link after it. Read as one line the section's label runs into the
/// name ("FER Ada Brennan"). A byline box made of links alone whose first link goes to no writer's page but where a link
/// earlier on the page went is a section and its writers: the names are the links after the first.
/// Cost: asked once per author-classed element the byline reader reaches; the walk over the links before the box is
/// made only for a box of two to four links and nothing else.
/// </summary>
internal static class SectionLinkBeforeBylineName
{
    public static List<string>? Read(IElement byline)
    {
        var children = byline.Children;
        if (children.Length is < 2 or > 4 || !HoldsLinksOnly(byline))
        {
            return null;
        }

        var section = children[0];
        var address = section.GetAttribute("href");
        if (string.IsNullOrWhiteSpace(address) || address.StartsWith('#') || IsWriterPage(address))
        {
            return null;
        }

        var names = new List<string>(children.Length - 1);
        for (var index = 1; index < children.Length; index++)
        {
            var name = Whitespace.Collapse(children[index].TextContent).Trim();
            if (!Words.LooksLikePersonName(name))
            {
                return null;
            }

            names.Add(name);
        }

        return IsLinkedBefore(byline, address) ? names : null;
    }

    /// <summary>A writer's page ("/author/ada-brennan"), linked from a portrait or a card above the byline too, is no section.</summary>
    private static bool IsWriterPage(string address) =>
        address.Contains("/author", StringComparison.OrdinalIgnoreCase) || address.Contains("/profile", StringComparison.OrdinalIgnoreCase)
        || address.Contains("/people/", StringComparison.OrdinalIgnoreCase) || address.Contains("/staff/", StringComparison.OrdinalIgnoreCase);

    private static bool HoldsLinksOnly(IElement byline)
    {
        foreach (var node in byline.ChildNodes)
        {
            if (node is IElement element ? element.LocalName != "a" : !string.IsNullOrWhiteSpace(node.TextContent) && node.NodeType == NodeType.Text)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a link before the box, in the menu or the breadcrumb over the headline, goes to the same address.</summary>
    private static bool IsLinkedBefore(IElement byline, string address)
    {
        if (byline.Owner is not { } document)
        {
            return false;
        }

        var wanted = address.AsSpan().Trim().TrimEnd('/');
        foreach (var link in document.Links)
        {
            if (byline.Contains(link))
            {
                return false;
            }

            if (link.GetAttribute("href") is { } href && href.AsSpan().Trim().TrimEnd('/').Equals(wanted, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
