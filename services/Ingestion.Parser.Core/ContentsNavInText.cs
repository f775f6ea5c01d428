using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="ez-toc-container"&gt;&lt;div class="ez-toc-title-container"&gt;&lt;p class="ez-toc-title"&gt;Inhaltsverzeichnis&lt;/p&gt;…&lt;/div&gt;
/// &lt;nav&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="#1_Name"&gt;1. Name&lt;/a&gt;&lt;/li&gt;…&lt;/ul&gt;&lt;/nav&gt;&lt;/div&gt;" inside the text's box: a table of contents
/// plug-in sets its list in a <c>nav</c>, which the page's noise goes with before the text is read, and its label box
/// stayed as the text's first crosshead. A <c>nav</c> in a content root whose links all jump to anchors of the page is
/// the contents list; the boxes it leaves holding a label at most go with it (<see cref="EmptiedContentsBox"/>), as
/// <see cref="InPageJumpList"/> takes a contents list set in plain lists. Asked before the noise goes, of the named
/// content roots only; a site's header <c>nav</c> of skip links lies outside them.
/// </summary>
internal static class ContentsNavInText
{
    /// <summary>A contents list jumps to two places at least.</summary>
    private const int FewestJumps = 2;

    public static void Remove(IEnumerable<IElement?> roots)
    {
        HashSet<string>? anchors = null;
        foreach (var root in roots)
        {
            if (root is null || root.LocalName is "body" or "html")
            {
                continue;
            }

            foreach (var nav in root.GetElementsByTagName("nav").ToList())
            {
                if (!root.Contains(nav) || !OnlyJumps(nav, anchors ??= InPageJumpList.AnchorsOf(root.Owner?.DocumentElement ?? root)))
                {
                    continue;
                }

                var box = nav.ParentElement;
                nav.Remove();
                EmptiedContentsBox.Remove(box, root);
            }
        }
    }

    /// <summary>Whether the nav's words are all its links' and each link jumps to an anchor the page holds.</summary>
    private static bool OnlyJumps(IElement nav, HashSet<string> anchors)
    {
        var jumps = 0;
        var linkText = 0;
        foreach (var link in nav.GetElementsByTagName("a"))
        {
            if (link.GetAttribute("href") is not { Length: > 1 } href || href[0] != '#' || !anchors.Contains(href[1..]))
            {
                return false;
            }

            jumps++;
            linkText += Visible(link.TextContent);
        }

        return jumps >= FewestJumps && Visible(nav.TextContent) == linkText;
    }

    /// <summary>The characters a text shows, its whitespace left out: the spaces between the list's items are no words.</summary>
    private static int Visible(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
