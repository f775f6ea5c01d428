namespace Ingestion.Parser.Core;

/// <summary>
/// "Moving on: Brandi Castellano and Troy Mercer, pictured at a premiere in November, have listed their Malibu home": a
/// tabloid leads a caption with a short phrase and a colon and gives it no full stop. Over a picture's credit such a
/// line is the caption, where an unpunctuated line with no lead could be a subhead over the next picture.
/// </summary>
internal static class ColonLedCaption
{
    private const int MaxLeadWords = 3;
    private const int MinWordsAfter = 6;

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || colon > 30 || !char.IsUpper(text[0]))
        {
            return false;
        }

        var lead = text[..colon];
        var rest = text[(colon + 2)..].TrimStart();
        return Words.Count(lead) <= MaxLeadWords && !lead.ContainsAnyInRange('0', '9') && rest is [var first, ..] && char.IsUpper(first)
            && Words.CountUpTo(rest, MinWordsAfter) >= MinWordsAfter;
    }
}
