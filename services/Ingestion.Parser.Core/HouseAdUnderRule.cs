using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;hr&gt;" / "&lt;h3&gt;Deine Jobbörse in der Digital-Welt&lt;/h3&gt;" / "&lt;p&gt;&lt;b&gt;Wir tun jeden Tag, was wir lieben. … in der
/// &lt;a href="…/stellenanzeigen/"&gt;Jobbörse&lt;/a&gt;. Gleich reinschauen!&lt;/b&gt;&lt;/p&gt;": a blog's house ad closing every post, set
/// off from the text by a rule, a heading over a paragraph or two set all in bold that link to a page of the site itself
/// (its job board, its newsletter, its shop). Nothing of the text follows it but the share box. It is no body. A writer's
/// own closing note set in bold after a rule links elsewhere or is followed by more text, and stays.
/// </summary>
internal static class HouseAdUnderRule
{
    private const int MaxParagraphs = 2;

    /// <summary>A pitch of a few sentences.</summary>
    private const int MaxLength = 400;

    public static void Remove(IElement root)
    {
        var rules = root.SelectAll("hr").ToList();
        if (rules.Count == 0)
        {
            return;
        }

        var hosts = PageAddress.Of(root.Owner!).Select(HostOf).Where(host => host is not null).ToList();
        foreach (var rule in rules)
        {
            if (AdAfter(rule, hosts) is { } ad)
            {
                foreach (var element in ad)
                {
                    element.Remove();
                }
            }
        }
    }

    private static List<IElement>? AdAfter(IElement rule, List<string?> hosts)
    {
        var ad = new List<IElement>();
        var paragraphs = 0;
        var length = 0;
        var linksHome = false;
        for (var element = rule.NextElementSibling; element is not null; element = element.NextElementSibling)
        {
            var text = Whitespace.Collapse(element.TextContent);
            if (element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" && paragraphs == 0)
            {
                ad.Add(element);
            }
            else if (element.LocalName == "p" && text.Length > 0)
            {
                if (++paragraphs > MaxParagraphs || !IsAllBold(element, text))
                {
                    return null;
                }

                linksHome |= element.SelectAll("a[href]").Any(link => LinksHome(link.GetAttribute("href")!, hosts));
                ad.Add(element);
            }
            else if (element.LocalName == "p" || (element.SelectFirst("p, blockquote, figure, img") is null && text.Length < 80))
            {
                // An empty paragraph, a share box's buttons: no text of the post after the box.
            }
            else
            {
                return null;
            }

            length += text.Length;
        }

        return paragraphs > 0 && linksHome && length <= MaxLength ? ad : null;
    }

    private static bool IsAllBold(IElement paragraph, string text) =>
        Whitespace.Collapse(string.Concat(paragraph.SelectAll("b, strong").Where(bold => bold.ParentElement?.Nearest("b, strong") is null).Select(bold => bold.TextContent))).Length == text.Length;

    private static bool LinksHome(string href, List<string?> hosts) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        || (HostOf(href) is { } host && hosts.Contains(host, StringComparer.OrdinalIgnoreCase));

    private static string? HostOf(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host) : null;
}
