namespace Ingestion.Parser.Core;

/// <summary>
/// "… enforces it." / "_________________" / "Upper Cedar since '79. Go Hawks." / "": a forum post's signature, which phpBB
/// sets right under the post's text after a rule of underscores. The rule and the lines under it, up to the next blank
/// line, are the poster's standing signature, printed under every post, and no text of the post. Taken out before the
/// text browsers' cleanup, which blanks a run of underscores as a form's text field and would leave the signature
/// standing as a paragraph.
/// </summary>
internal static class ForumSignature
{
    /// <summary>phpBB prints 17 underscores; a Markdown break ("___") and a short field are shorter.</summary>
    private const int RuleLength = 10;

    /// <summary>A signature rarely runs past three lines; more lines under a rule are no signature.</summary>
    private const int MaxLines = 3;

    /// <summary>Whether the line is the signature's rule ("_________________").</summary>
    public static bool IsRule(string text)
    {
        var line = text.AsSpan().Trim();
        return line.Length >= RuleLength && line[0] == '_' && !line.ContainsAnyExcept('_');
    }

    /// <summary>The lines without each signature: a rule right under a line of text, with one to three lines under it and a blank line after them.</summary>
    public static List<TextLine> Remove(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            // Cheap first: the rule opens with an underscore.
            if (lines[i].Text is ['_', ..] && i > 0 && lines[i - 1].Text.Length > 0 && IsRule(lines[i].Text) && SignatureEnd(lines, i) is > 0 and var end)
            {
                result ??= lines.GetRange(0, i);
                i = end - 1;
                continue;
            }

            result?.Add(lines[i]);
        }

        return result ?? lines;
    }

    /// <summary>The index of the blank line (or the end) after the signature under the rule, or -1 when none fits.</summary>
    private static int SignatureEnd(List<TextLine> lines, int rule)
    {
        var i = rule + 1;
        while (i < lines.Count && lines[i].Text.Length > 0 && i - rule <= MaxLines)
        {
            i++;
        }

        var count = i - rule - 1;
        return count is >= 1 and <= MaxLines && (i == lines.Count || lines[i].Text.Length == 0) ? i : -1;
    }
}
