namespace Ingestion.Parser.Core;

/// <summary>
/// "Una solución no violenta para la cuestión mapuche - 07.12.2017 - LA NACION", "Tite diz que errou … - 21/12/2018 -
/// Esporte - Folha", "The 'birth lottery' and economic mobility - Feb. 1, 2016": papers whose templates print no date
/// by the story write its day into the document title, a part of its own between the headline and the site's name.
/// Read only when the page gives no other time.
/// </summary>
internal static class DateInDocumentTitle
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — "];

    /// <summary>The day a part of the document title after the headline gives, or null.</summary>
    public static string? Read(string? documentTitle)
    {
        // Most titles hold no year; they are passed over without a split.
        if (documentTitle is null || YearAt(documentTitle) < 0)
        {
            return null;
        }

        var parts = Whitespace.Collapse(documentTitle).Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // The first part is the headline: "Remembering 9/11/2001" is a story's subject, not its day.
        foreach (var part in parts.Skip(1))
        {
            if (YearAt(part) >= 0 && DateLineParser.TryParseLine(part, out var time) && time is { Date: not null, Relative: false })
            {
                return time.ToIso();
            }
        }

        return null;
    }

    /// <summary>Where a year of this or the last century (four digits, "19…" or "20…", no digit beside them) starts; -1 if none.</summary>
    private static int YearAt(string text)
    {
        for (var at = text.IndexOfAny(['1', '2']); at >= 0 && at + 4 <= text.Length; at = text.IndexOfAny(['1', '2'], at + 1))
        {
            if ((text[at..].StartsWith("19", StringComparison.Ordinal) || text[at..].StartsWith("20", StringComparison.Ordinal))
                && char.IsAsciiDigit(text[at + 2]) && char.IsAsciiDigit(text[at + 3])
                && (at == 0 || !char.IsAsciiDigit(text[at - 1])) && (at + 4 == text.Length || !char.IsAsciiDigit(text[at + 4])))
            {
                return at;
            }
        }

        return -1;
    }
}
