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
    public static string? Read(string? documentTitle) => ReadTime(documentTitle)?.ToIso();

    /// <summary>The day a part of the document title after the headline gives, as the page's time, or null.</summary>
    public static PageTime? ReadTime(string? documentTitle)
    {
        // Most titles hold no year; they are passed over without a split.
        if (documentTitle is null || !YearInText.In(documentTitle))
        {
            return null;
        }

        var parts = Whitespace.Collapse(documentTitle).Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // The first part is the headline: "Remembering 9/11/2001" is a story's subject, not its day.
        foreach (var part in parts.Skip(1))
        {
            if (YearInText.In(part) && DateLineParser.TryParseLine(part, out var time) && time is { Date: not null, Relative: false })
            {
                return time;
            }
        }

        return null;
    }

    /// <summary>Whether a part of the document title is a day and nothing else ("14 Juli 2011", "07.12.2017").</summary>
    public static bool IsDate(string part) =>
        YearInText.In(part) && DateLineParser.TryParseLine(part, out var time) && time is { Date: not null, Relative: false };
}
