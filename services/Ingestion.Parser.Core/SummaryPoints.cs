namespace Ingestion.Parser.Core;

/// <summary>
/// "STORY HIGHLIGHTS" / "• Procedural vote falls four short of the 60 needed" / "• Plan would have funded …": the story's
/// points in a list under a summary label, which a text browser prints inside the text when the picture's caption
/// stands above them. They sum the story up and are no paragraphs of it.
/// </summary>
internal static class SummaryPoints
{
    /// <summary>The last point of the list under the summary label at <paramref name="label"/>, or -1.</summary>
    public static int End(PageLines lines, int label, int end)
    {
        var text = lines[label].Text;
        if (text.Length >= 30 || !TextArticleReader.SummaryLabels.Contains(text.AsSpan().Trim(" :")))
        {
            return -1;
        }

        // A text browser sets the heading apart from its list by a blank line.
        var i = label + 1;
        i = i < end && lines[i].IsBlank ? i + 1 : i;
        var last = -1;
        while (i < end && IsPoint(lines[i].Text))
        {
            last = i++;
        }

        return last >= 0 ? last : PlainPointsEnd(lines, label, end);
    }

    private const int MaxPlainPoints = 6;
    private const int MaxPointLength = 120;

    /// <summary>
    /// "Story Highlights" / "About 5.5 million policies were in force last year" / "The biggest drop came in inland counties" /
    /// blank: a plain dump drops the bullets, and the points follow the label line by line, unpunctuated, up to the blank
    /// line. Two at least, none a sentence, or the label heads no list.
    /// </summary>
    private static int PlainPointsEnd(PageLines lines, int label, int end)
    {
        var i = label + 1;
        while (i < end && i - label <= MaxPlainPoints && !lines[i].IsBlank && IsPlainPoint(lines[i].Text))
        {
            i++;
        }

        var atBlank = i >= end || lines[i].IsBlank || IsParagraph(lines[i].Text);
        return atBlank && i - label - 1 >= 2 ? i - 1 : -1;
    }

    /// <summary>
    /// "Lawmakers seek to delay premium increases" / "WASHINGTON — The number of Americans who signed up …": a scraper
    /// printing no blank lines runs the text on under the last point; a sentence longer than any point ends the list as the
    /// blank line does.
    /// </summary>
    private static bool IsParagraph(string line) => line.Length > MaxPointLength && Words.EndsSentence(line);

    private static bool IsPlainPoint(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length is > 10 and <= MaxPointLength && char.IsLetterOrDigit(text[0]) && text[^1] is not ('.' or '!' or '?' or ':' or '"');
    }

    private static bool IsPoint(string line)
    {
        var text = line.AsSpan().TrimStart();
        return text.Length > 2 && text[0] is '•' or '*' or '-' or '–' && text[1] == ' ' && char.IsLetterOrDigit(text[2]);
    }
}
