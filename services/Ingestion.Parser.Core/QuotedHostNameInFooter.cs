using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "«Volksstimme» | Schaub Medien AG | Hauptstrasse 31-33 | … | Telefon …" in the footer of a page at
/// "https://www.volksstimme.ch/…": a paper with no site-name meta and a logo without alt text names itself in its
/// imprint, the title set in quotation marks as Swiss and German papers write it. A quoted name in a <c>footer</c> that
/// spells the page's own host name (its canonical link's or og:url's, <see cref="DomainSiteName"/>) is the site, spelled
/// as the page prints it. Asked only where no meta, title, logo or logo link gave the site, before the text's own
/// reading of the masthead's lines (which takes a menu entry on such a page).
/// Cost: one footer query and a scan of its text for quotation marks, once a page.
/// </summary>
internal static class QuotedHostNameInFooter
{
    private const int LongestName = 40;

    /// <summary>Opening marks and the mark that closes each: «…», »…«, „…“, “…”, "…".</summary>
    private static readonly (char Open, char Close)[] Quotes = [('«', '»'), ('»', '«'), ('„', '“'), ('“', '”'), ('"', '"')];

    public static string? Name(IDocument document)
    {
        if (HostOf(PageAddress.Of(document)) is not { } host)
        {
            return null;
        }

        foreach (var footer in document.SelectAll("footer"))
        {
            var text = footer.TextContent;
            foreach (var (open, close) in Quotes)
            {
                for (var at = text.IndexOf(open); at >= 0; at = text.IndexOf(open, at + 1))
                {
                    var shut = text.IndexOf(close, at + 1);
                    if (shut < 0)
                    {
                        break;
                    }

                    var name = text.AsSpan(at + 1, shut - at - 1).Trim();
                    if (name.Length is > 0 and <= LongestName && DomainSiteName.IsSpelledBy(host, name.ToString()))
                    {
                        return name.ToString();
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"www.volksstimme.ch" of the first absolute address the page gives for itself.</summary>
    private static string? HostOf(IReadOnlyList<string> addresses)
    {
        foreach (var address in addresses)
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            {
                return uri.Host;
            }
        }

        return null;
    }
}
