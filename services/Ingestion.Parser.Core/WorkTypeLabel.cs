using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "AnalysisAnalysis Based on factual reporting, although it incorporates the expertise of the author and may offer
/// interpretations and conclusions.": the Trust Project's type-of-work label (News, Analysis, Opinion, Perspective,
/// Review), which its member sites (some two hundred news sites) print over the headline with the standard's
/// definition in a tooltip. A text browser prints the label, often twice, and the definition on one line, where it
/// read as the story's first sentence. The definitions are the standard's wording, the same on every member site; the
/// label before one is a word or two without a stop.
/// </summary>
internal static class WorkTypeLabel
{
    private static readonly SearchValues<string> Definitions = SearchValues.Create(
        [
            "Based on facts, either observed and verified", "Based on factual reporting, although it incorporates", "Advocates for ideas and draws conclusions",
            "Discussion of news topics with a point of view", "An assessment or critique of a service, product",
        ],
        StringComparison.Ordinal);

    private static readonly SearchValues<char> LabelLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz :");

    private const int LongestLabel = 40;

    private const int MostLabelWords = 3;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length < LongestLabel || !char.IsUpper(text[0]))
        {
            return false;
        }

        var definition = text.IndexOfAny(Definitions);
        if (definition is <= 0 or > LongestLabel)
        {
            return false;
        }

        var label = text[..definition].TrimEnd();
        return label.Length > 0 && Words.CountUpTo(label, MostLabelWords + 1) <= MostLabelWords && !label.ContainsAnyExcept(LabelLetters);
    }
}
