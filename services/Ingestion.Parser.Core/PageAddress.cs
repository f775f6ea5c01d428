using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The addresses a page gives for itself, so that a link to "…/story.html#comments" can be told from a link to another
/// page's thread.
/// </summary>
internal static class PageAddress
{
    /// <summary>
    /// The canonical link, og:url, Joomla's <c>&lt;base href&gt;</c> (the page's own address) and, on a page that names
    /// none of them, the entry's own permalink ("Posted by Wes Tolliver at 11:42 AM | Permalink | Comments (3)", Movable
    /// Type; WordPress' <c>rel=bookmark</c> title link), when it lies outside a sidebar.
    /// </summary>
    public static IReadOnlyList<string> Of(IDocument document)
    {
        var addresses = new List<string>();
        foreach (var (selector, attribute) in Declared)
        {
            if (document.SelectFirst(selector)?.GetAttribute(attribute) is { Length: > 0 } address)
            {
                addresses.Add(address);
            }
        }

        if (addresses.Count == 0
            && document.SelectAll("a.permalink[href], a[rel='bookmark'][href]").FirstOrDefault(link => link.Nearest("aside, [role='complementary']") is null) is { } permalink)
        {
            addresses.Add(permalink.GetAttribute("href")!);
        }

        return addresses;
    }

    private static readonly (string Selector, string Attribute)[] Declared =
    [
        ("link[rel='canonical'][href]", "href"),
        ("meta[property='og:url'][content]", "content"),
        ("base[href]", "href"),
    ];

    /// <summary>The address itself, or its path when the link leaves out the scheme and host ("/index.php/local-news/1874-…").</summary>
    public static bool IsOneOf(ReadOnlySpan<char> href, IReadOnlyList<string> addresses)
    {
        foreach (var address in addresses)
        {
            if (href.SequenceEqual(address) || (href is ['/', not '/', ..] && PathOf(address).SequenceEqual(href)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"/news/1" of "http://site.com/news/1" or of "/news/1"; empty for a relative link without a leading slash.</summary>
    public static ReadOnlySpan<char> PathOf(ReadOnlySpan<char> address)
    {
        if (address is ['/', not '/', ..])
        {
            return address;
        }

        var scheme = address.IndexOf("//", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return [];
        }

        var pathStart = address[(scheme + 2)..].IndexOf('/');
        return pathStart < 0 ? [] : address[(scheme + 2 + pathStart)..];
    }
}
