namespace Ingestion.Parser.Core;

/// <summary>
/// "Pet carrier" / "A passenger carries a small dog through security at a Midwest airport." / "Hamid Sorensen, NationWide
/// Today": a picture inside the text as a text browser prints it, its alt text, its caption (one sentence) and its
/// credit (the photographer's name and the paper, with no credit word). Each alone could be text; the three in a row are
/// a picture. A letter signed "Name, Town" has a headline of more words over paragraphs longer than one sentence.
/// </summary>
internal static class AltCaptionCredit
{
    private const int LongestAlt = 4;
    private const int LongestCaption = 30;

    public enum Part
    {
        None,
        Alt,
        Caption,
        Credit,
    }

    /// <summary>Which part of such a picture the line is, if any.</summary>
    public static Part Of(PageLines lines, int index, int end)
    {
        if (IsStart(lines, index, end))
        {
            return Part.Alt;
        }

        var above = lines.PreviousNonBlank(index);
        if (above >= 0 && IsStart(lines, above, end))
        {
            return Part.Caption;
        }

        var twoAbove = above >= 0 ? lines.PreviousNonBlank(above) : -1;
        return twoAbove >= 0 && IsStart(lines, twoAbove, end) ? Part.Credit : Part.None;
    }

    private static bool IsStart(PageLines lines, int alt, int end)
    {
        var altText = lines[alt].Text;
        if (altText.Length is 0 or > 60 || Words.Count(altText) > LongestAlt || Words.EndsSentence(altText) || altText.Contains(',') || Words.HasDigit(altText))
        {
            return false;
        }

        var caption = lines.NextNonBlank(alt, end);
        var credit = caption < end ? lines.NextNonBlank(caption, end) : end;
        return credit < end && caption - alt <= 2 && credit - caption <= 2 && IsOneSentence(lines[caption].Text) && IsBareCredit(lines[credit].Text);
    }

    private static bool IsOneSentence(string text) =>
        text.Length < 240 && Words.EndsSentence(text) && Words.Count(text) <= LongestCaption && text.AsSpan().TrimEnd().TrimEnd('.').IndexOfAny('.', '?', '!') < 0;

    /// <summary>"Hamid Sorensen, NationWide Today": a name, a comma, and the paper's name in capitals.</summary>
    private static bool IsBareCredit(string text)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (text.Length > 70 || comma <= 0 || Words.EndsSentence(text) || Words.HasDigit(text))
        {
            return false;
        }

        var name = text.AsSpan(0, comma);
        var paper = text.AsSpan(comma + 2);
        return Words.Count(name) is 2 or 3 && Words.LooksLikeName(name) && Words.Count(paper) is >= 1 and <= 4 && char.IsUpper(paper[0]) && !paper.Contains(',');
    }
}
