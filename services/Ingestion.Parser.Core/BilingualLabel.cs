namespace Ingestion.Parser.Core;

/// <summary>
/// "Commentaires / Comments (4)", "Mots-clés / Tags: Council, Bridges": a bilingual paper prints each label in both
/// languages, the first half alone before " / ". The line's second half reads as the label in the other language does.
/// </summary>
internal static class BilingualLabel
{
    private const string Slash = " / ";

    /// <summary>The line after its first label's " / ", or null when the line opens with no short label before one.</summary>
    public static string? SecondHalf(string line)
    {
        // A cheap look for " / " near the start turns down nearly every line before anything else.
        var at = line.Length is < 8 or > 300 ? -1 : line.AsSpan(0, Math.Min(line.Length, 32)).IndexOf(Slash, StringComparison.Ordinal);
        if (at < 3)
        {
            return null;
        }

        var first = line.AsSpan(0, at).Trim();
        return first.Length > 0 && char.IsLetter(first[0]) && Words.Count(first) <= 3 && !Words.HasDigit(first) && !Words.EndsSentence(first)
            ? line[(at + Slash.Length)..]
            : null;
    }
}
