namespace Ingestion.Parser.Core;

/// <summary>
/// "Go to Harbour Ledger homepage", "go to HarbourLedger.com", "Go to the Ledger home page": a logo's alt text written,
/// as accessibility guides ask, for where the link goes rather than what the picture shows. The name inside is the
/// site's; the words around it are the link's. Read only of a logo's alt text that opens with "Go to"; one naming no
/// site ("Go to top", "Go to home") names nothing.
/// </summary>
internal static class LinkPurposeAltText
{
    private static readonly string[] Closings = [" homepage", " home page", " front page", " home"];

    /// <summary>The site's name in such an alt text; the text itself when it is none; null when it names no site.</summary>
    public static string? Name(string alt)
    {
        var text = alt.AsSpan().Trim();
        if (!text.StartsWith("go to ", StringComparison.OrdinalIgnoreCase))
        {
            return alt;
        }

        text = text["go to ".Length..];
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text["the ".Length..];
        }

        foreach (var closing in Closings)
        {
            if (text.EndsWith(closing, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^closing.Length];
                break;
            }
        }

        text = text.Trim();
        return text.Length == 0 || text.Equals("top", StringComparison.OrdinalIgnoreCase) || text.Equals("home", StringComparison.OrdinalIgnoreCase)
            ? null
            : text.ToString();
    }
}
