using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Drupal 7 prints a node's hidden RDFa ("&lt;span property="sioc:num_replies" content="0"&gt;") for every node it renders,
/// the promoted teaser cards under a post included, each beside its own "dc:title" in an element whose "about" names the
/// node. A count in a node that is not the page (its "about" is not the page's own address) and whose title the page's
/// title does not hold is another node's: only the page's own node declares the thread's size. A count with no node or
/// no title beside it is taken as before.
/// </summary>
internal static class TeaserNodeReplyCount
{
    public static int? Read(IDocument document)
    {
        var pageTitle = document.Title ?? string.Empty;
        IReadOnlyList<string>? addresses = null;
        foreach (var span in document.SelectAll("[property~='sioc:num_replies'][content]"))
        {
            if (!int.TryParse(span.GetAttribute("content"), out var replies))
            {
                continue;
            }

            if (span.Nearest("[about]") is { } node
                && node.SelectFirst("[property~='dc:title'][content]")?.GetAttribute("content") is { Length: > 0 } nodeTitle
                && !pageTitle.Contains(nodeTitle.Trim(), StringComparison.OrdinalIgnoreCase)
                && !PageAddress.IsOneOf(node.GetAttribute("about"), addresses ??= PageAddress.Of(document)))
            {
                continue;
            }

            return replies;
        }

        return null;
    }
}
