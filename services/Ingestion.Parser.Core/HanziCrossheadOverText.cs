namespace Ingestion.Parser.Core;

/// <summary>
/// "河边渡口的新变化" / "过去：渡船多久来一班？" / "现在：……。" / the first long paragraph: a Chinese story may open its text
/// with a crosshead, a short line of Chinese characters with no stop, over lines that end as sentences. Before the first
/// long paragraph every line is read as a header line (kicker, deck, byline), and a line with no stop was dropped there;
/// but a deck stands over the byline or the date, and this line stands over the text alone. A line naming staff
/// ("本报记者 Name"), holding a digit (a date or a dateline) or a label's colon, or opening with a subtitle's dash is none.
/// The same line right over the first long paragraph is one too when a paragraph of the text stands over it: a lead of a
/// sentence or two ("…会晤吸引了全世界的目光。…") / "合作共赢是大势所趋" / the first long paragraph. A deck stands over a byline
/// or the date, not between the text's paragraphs; a bare name (four characters at most) is no such crosshead.
/// </summary>
internal static class HanziCrossheadOverText
{
    private const int MinLength = 4;
    private const int MaxLength = 30;

    /// <summary>A crosshead between the lead and the text is longer than a name of four characters.</summary>
    private const int MinLengthUnderLead = 5;

    /// <summary>The lead over it is a paragraph of the text, a sentence of thirty characters at least.</summary>
    private const int MinLeadLength = 30;

    private static readonly string[] StaffWords = ["记者", "编辑", "作者", "通讯员", "责编", "撰文", "摄影", "来源"];

    /// <summary>Whether the line at <paramref name="index"/>, before <paramref name="firstProse"/>, is such a crosshead.</summary>
    public static bool Is(PageLines lines, int index, int firstProse)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length is < MinLength or > MaxLength || !SpaceSeparatedHanziTags.HoldsHanzi(text) || Words.EndsSentence(text)
            || text.ContainsAnyInRange('0', '9') || text.ContainsAnyInRange('A', 'Z') || text.ContainsAnyInRange('a', 'z') || text.ContainsAny(':', '：', '|')
            || text[0] is '—' or '-' or '─' || text.ContainsAnyInRange('０', '９'))
        {
            return false;
        }

        foreach (var word in StaffWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // Only lines that end as sentences between it and the first long paragraph: the text goes on under it.
        var next = lines.NextNonBlank(index, firstProse);
        if (next >= firstProse)
        {
            return text.Length >= MinLengthUnderLead && IsUnderLead(lines, index);
        }

        for (var line = next; line < firstProse; line = lines.NextNonBlank(line, firstProse))
        {
            if (!Words.EndsSentence(lines[line].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the line over <paramref name="index"/> is a paragraph of Chinese text that ends as a sentence.</summary>
    private static bool IsUnderLead(PageLines lines, int index)
    {
        var previous = lines.PreviousNonBlank(index);
        if (previous < 0)
        {
            return false;
        }

        var lead = lines[previous].Text.AsSpan().Trim();
        return lead.Length >= MinLeadLength && lead[^1] is '。' or '！' or '？' or '”' && SpaceSeparatedHanziTags.HoldsHanzi(lead);
    }
}
