using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;picture&gt;…&lt;/picture&gt;&lt;span class="e-image__meta"&gt;&lt;cite&gt;Photo by Lena Ortiz / The Ledger&lt;/cite&gt;&lt;/span&gt;&lt;/figure&gt;":
/// a lead picture that has no caption, only its credit in a <c>cite</c> under it. The credit is the picture's caption
/// entry, as a credit beside a figcaption is part of it; the reader sees it under the picture.
/// </summary>
internal static class FigureCiteCredit
{
    private const int LongestCredit = 150;

    /// <summary>Whether <paramref name="element"/> is a <c>cite</c> that credits its figure's picture, the figure having no figcaption.</summary>
    public static bool Is(IElement element)
    {
        if (element.LocalName != "cite" || element.Nearest("figure") is not { } figure || element.Nearest("blockquote, q, figcaption") is not null)
        {
            return false;
        }

        var length = element.TextContent.AsSpan().Trim().Length;
        return length is > 0 and <= LongestCredit && figure.SelectFirst("figcaption") is null && figure.SelectFirst("img, picture") is not null
            && figure.SelectFirst("blockquote") is null;
    }
}
