namespace Ingestion.Parser.Core;

/// <summary>
/// "NBX News' Ian Whitford reports from Tacloban, where survivors say they have waited days." over "Video: Aid slowly
/// reaches typhoon survivors": a broadcaster's line introducing its correspondent's clip, the player's caption, no text.
/// </summary>
internal static class CorrespondentReport
{
    public static bool IsOverClip(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length > 200 || !IsPossessiveReport(text))
        {
            return false;
        }

        for (var i = index + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return BoilerplateFilter.IsVideoTeaserLine(lines[i].Text);
            }
        }

        return false;
    }

    /// <summary>"NBX News' Ian Whitford reports", "KBN's Dana Ruiz reports from Cairo": the outlet's correspondent reports.</summary>
    private static bool IsPossessiveReport(ReadOnlySpan<char> text)
    {
        var reports = text.IndexOf(" reports", StringComparison.Ordinal);
        if (reports < 0 || reports > 80)
        {
            return false;
        }

        var subject = text[..reports];
        var possessive = subject.IndexOf("' ", StringComparison.Ordinal) is > 0 and var quote ? quote : subject.IndexOf("'s ", StringComparison.Ordinal) is > 0 and var s ? s + 1 : -1;
        return possessive > 0 && Words.Count(subject[(possessive + 1)..]) is >= 2 and <= 4 && Words.LooksLikePersonName(subject[(possessive + 1)..].Trim());
    }
}
