namespace Ingestion.Parser.Core;

/// <summary>
/// "Researchers report new clues to how tiny animals endure extreme conditions.": the one-sentence pitch a rail prints
/// under a teaser's link. It is one sentence of a few words to a couple of dozen, ending with its stop.
/// </summary>
internal static class TeaserBlurb
{
    private const int MinWords = 4;
    private const int MaxWords = 30;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length is >= 20 and <= 200 && text[^1] is '.' or '!' or '?' && Words.EndsSentence(text)
            && Words.Count(text) is >= MinWords and <= MaxWords && !HasInnerStop(text);
    }

    private static bool HasInnerStop(ReadOnlySpan<char> text) =>
        text[..^1].IndexOf(". ", StringComparison.Ordinal) >= 0 || text[..^1].IndexOf("! ", StringComparison.Ordinal) >= 0 || text[..^1].IndexOf("? ", StringComparison.Ordinal) >= 0;
}
