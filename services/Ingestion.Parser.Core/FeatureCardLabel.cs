namespace Ingestion.Parser.Core;

/// <summary>
/// "Reliable Crossings" / "We sail every hour …" / "Friendly Crews" / "We greet every passenger …" / "No Hidden Fees" /
/// "You pay at the quay …": a landing page's row of feature cards, each a short title-case label over one short
/// sentence. The text reading takes the first card's sentence for the headline and the next card's label, two
/// capitalised words, for a bare byline; it is the second card's label. A label is a card's when a card of the same shape
/// stands on either side of it: a label over the sentence above it, and another label over a sentence under its own.
/// </summary>
/// <remarks>
/// A story's kicker of one word over a headline ending in a full stop, a bare byline, a short first paragraph and a
/// crosshead has the shape too; the labels must therefore hold two words or more, every one capitalised, and each card's
/// sentence stay short, as a blurb is and a story's first paragraph mostly is not.
/// </remarks>
internal static class FeatureCardLabel
{
    private const int MinLabelWords = 2;
    private const int MaxLabelWords = 4;
    private const int MaxLabelLength = 40;
    private const int MinSentenceWords = 4;
    private const int MaxSentenceLength = 160;

    /// <summary>Whether the line at <paramref name="index"/> is the label of a card between two cards of its shape.</summary>
    public static bool Is(PageLines lines, int index, int end)
    {
        if (!IsLabel(lines[index].Text))
        {
            return false;
        }

        var sentenceAbove = lines.PreviousNonBlank(index);
        var labelAbove = sentenceAbove >= 0 ? lines.PreviousNonBlank(sentenceAbove) : -1;
        if (labelAbove < 0 || !IsSentence(lines[sentenceAbove].Text) || !IsLabel(lines[labelAbove].Text))
        {
            return false;
        }

        var sentence = lines.NextNonBlank(index, end);
        var labelBelow = sentence < end ? lines.NextNonBlank(sentence, end) : end;
        var sentenceBelow = labelBelow < end ? lines.NextNonBlank(labelBelow, end) : end;
        return sentenceBelow < end && IsSentence(lines[sentence].Text) && IsLabel(lines[labelBelow].Text) && IsSentence(lines[sentenceBelow].Text);
    }

    private static bool IsLabel(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is 0 or > MaxLabelLength || Words.HasDigit(text) || Words.EndsSentence(text) || text[^1] is ':' or ',' or ';')
        {
            return false;
        }

        return Words.CapitalisedCount(text, MaxLabelWords) >= MinLabelWords;
    }

    private static bool IsSentence(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length <= MaxSentenceLength && Words.EndsSentence(text) && Words.CountUpTo(text, MinSentenceWords) >= MinSentenceWords;
    }
}
