namespace Ingestion.Parser.Core;

/// <summary>
/// "'Harbour Ferry' Returns to Service After the Storm" in og:title over "‘Harbour ferry’ returns to service after the
/// storm" in the h1: a site's sharing title respells the headline in title case and with typewriter quotes. The words
/// are the same; the headline as the page shows it is the title. Known by the two being of one length and alike letter by
/// letter but for case, quote marks (' ‘ ’ ʼ, " “ ”) and dashes; a shown heading that differs in any word stays unread
/// here. A heading printed in capitals throughout is a type style, so the sharing title keeps its spelling then.
/// SingleQuotedShareTitle (a widening): "Harbour master: 'We keep the ferry running'" in the JSON-LD headline and og:title
/// over "Harbour master: "We keep the ferry running"" in the h1: a template that writes its metadata into quoted strings
/// swaps the headline's double quotes for single ones; a quote mark of either weight stands for the other.
/// Cost: one character comparison over the headline, once per h1.
/// </summary>
internal static class RespelledShareTitle
{
    public static bool Is(string title, string shown)
    {
        if (shown.Length < 20 || shown.Length != title.Length || string.Equals(title, shown, StringComparison.Ordinal))
        {
            return false;
        }

        var lower = false;
        for (var i = 0; i < shown.Length; i++)
        {
            char a = Fold(title[i]), b = Fold(shown[i]);
            if (a != b)
            {
                return false;
            }

            lower |= char.IsLower(shown[i]);
        }

        return lower;
    }

    internal static char Fold(char c) => c switch
    {
        '\'' or '‘' or '’' or 'ʼ' or '′' or '“' or '”' or '″' or '„' => '"',
        '–' or '—' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
