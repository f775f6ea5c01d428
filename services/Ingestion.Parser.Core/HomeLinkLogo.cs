using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="http://www.ridgewaygazette.com/default.asp"&gt;&lt;img src="/images/masthead.gif" alt="The Ridgeway Gazette"&gt;&lt;/a&gt;":
/// a hand-built or table-laid site's masthead is a picture linking to its home page, written as a full address or as
/// its default document rather than "/", and in no header or logo box. Its alt text names the site.
/// </summary>
internal static class HomeLinkLogo
{
    private static readonly string[] HomeDocuments = ["", "default.asp", "default.aspx", "index.html", "index.htm", "index.php", "index.asp", "index.cfm", "home.asp"];

    /// <summary>
    /// The alt text of the first picture in a link to the site's home page, or null. A platform's or counter's badge
    /// ("Powered by TypePad", "web analytics") links to another site's home: the home must be on the host most of the
    /// page's links go to, or be written without one.
    /// </summary>
    public static string? Find(IDocument document)
    {
        var links = document.SelectAll("a[href]");
        foreach (var image in document.SelectAll("a[href] img[alt]"))
        {
            if (image.ParentElement is { LocalName: "a" } link && link.GetAttribute("href") is { } href && IsHomeAddress(href)
                && image.GetAttribute("alt") is { } alt && !string.IsNullOrWhiteSpace(alt) && IsOwnHost(href, links))
            {
                return alt;
            }
        }

        return null;
    }

    private static bool IsOwnHost(string href, IHtmlCollection<IElement> links)
    {
        var scheme = href.IndexOf("//", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return true;
        }

        var slash = href.IndexOf('/', scheme + 2);
        var host = slash < 0 ? href : href[..slash];
        var same = 0;
        foreach (var other in links)
        {
            if (other.GetAttribute("href") is { } address && address.StartsWith(host, StringComparison.OrdinalIgnoreCase)
                && (address.Length == host.Length || address[host.Length] == '/'))
            {
                same++;
            }
        }

        return same * 2 > links.Length;
    }

    /// <summary>"http://www.site.com/", "//site.com", "/index.php", "http://site.com/default.asp": the root or its default document.</summary>
    public static bool IsHomeAddress(string href)
    {
        var path = href.AsSpan().Trim();
        var scheme = path.IndexOf("//", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            path = path[(scheme + 2)..];
            var slash = path.IndexOf('/');
            path = slash < 0 ? [] : path[(slash + 1)..];
        }
        else if (path.StartsWith("/"))
        {
            path = path[1..];
        }
        else
        {
            return false;
        }

        foreach (var document in HomeDocuments)
        {
            if (path.Equals(document, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
