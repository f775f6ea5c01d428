namespace Ingestion.Parser.Core;

/// <summary>
/// "Here's some sample code to build a thumbnail image:" over a code block: a sentence of the text that leads into what
/// follows ends with a credit label's words ("image:", "photo:", "picture:"), and the caption reader took the label
/// for a credit's and the sentence for a caption. A credit label closing its line credits no one: the credit would stand
/// after it. A line of at least four words before the label is a sentence, not a bare "Photo:" waiting for a credit line.
/// Cost: per line asked for a caption, an <c>EndsWith</c> of a colon and one set lookup of the last word.
/// </summary>
internal static class CreditLabelClosingSentence
{
    private const int FewestWordsBefore = 4;

    private static readonly WordSet LabelWords = new(["image", "photo", "picture", "photograph", "foto", "bild", "credit", "illustration"]);

    public static bool Is(ReadOnlySpan<char> line)
    {
        if (line is not [.., ':'])
        {
            return false;
        }

        var words = line[..^1].TrimEnd();
        var last = Words.LastWord(words);
        return LabelWords.Contains(last) && Words.CountUpTo(words[..^last.Length], FewestWordsBefore) >= FewestWordsBefore;
    }
}
