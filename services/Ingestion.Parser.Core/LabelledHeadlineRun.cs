namespace Ingestion.Parser.Core;

/// <summary>
/// "Top-Themen:Obama lehnt ab: Ermittlungen nach Geiselnahme Obama fordert Maut-Pläne …", "En continu : Ayrault rejette la
/// résolution … Poutine conteste …", "Trending: Startup delays budget shortfall Council questions budget shortfall …": a
/// news site's ticker of other stories' headlines under a short label, which a text browser runs into one long line with
/// nothing between the links. It is as long as a paragraph but no sentence: no full stop, no comma, no bracket anywhere
/// in it, only headlines one after another.
/// </summary>
internal static class LabelledHeadlineRun
{
    /// <summary>Shorter lines are asked by the headline rules; a ticker row runs to several headlines.</summary>
    private const int ShortestRow = 120;

    /// <summary>"Top-Themen:", "En continu :", "Latest news:": the label ends within this many characters.</summary>
    private const int LongestLabel = 20;

    private const int FewestWords = 12;

    public static bool Is(ReadOnlySpan<char> text)
    {
        // Asked of every line: a long line with a colon near its start, before anything else is read.
        if (text.Length < ShortestRow)
        {
            return false;
        }

        var colon = text[..LongestLabel].IndexOf(':');
        if (colon < 1 || Words.EndsSentence(text))
        {
            return false;
        }

        var label = text[..colon].Trim();
        var run = text[(colon + 1)..];
        return label.Length > 0 && char.IsUpper(label[0]) && Words.CountUpTo(label, 3) <= 2 && !Words.HasDigit(label)
            && run.IndexOfAny(SentenceMarks) < 0 && Words.CountUpTo(run, FewestWords) >= FewestWords;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create(".,;()!?\"“”");
}
