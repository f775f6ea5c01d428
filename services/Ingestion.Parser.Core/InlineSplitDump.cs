namespace Ingestion.Parser.Core;

/// <summary>
/// Undoes what a text extraction that puts a line break between every pair of elements does (BeautifulSoup's
/// <c>get_text("\n")</c>, Selenium's <c>.text</c> of a list): with no blank line anywhere, inline elements land on lines
/// of their own, so "<cite>Name</cite> <span>says:</span>" becomes "Name" / "says:" and "In reply to <a>Name</a>." becomes
/// "In reply to" / "Name" / ".". The fragments are joined again.
/// </summary>
internal static class InlineSplitDump
{
    private static readonly WordSet SayingVerbs = new(["says:", "said:", "wrote:", "sagt:", "schrieb:", "dit :", "dit:", "dice:", "escribió:", "scrive:", "skriver:", "schreef:", "diz:", "zegt:"]);

    private static readonly WordSet ReplyPrefixes = new(["in reply to", "in response to", "reply to", "replying to", "antwort auf", "en réponse à", "en respuesta a", "som svar på"]);

    public static List<TextLine> Normalize(List<TextLine> lines)
    {
        if (lines.Count < 20 || !HasNoBlankLines(lines))
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count);
        var joinNext = false;
        foreach (var line in lines)
        {
            if (result.Count > 0 && (joinNext || IsPunctuation(line.Text) || SayingVerbs.Contains(line.Text)))
            {
                var previous = result[^1];
                var glue = IsPunctuation(line.Text) ? string.Empty : " ";
                result[^1] = previous with { Text = previous.Text + glue + line.Text };
                joinNext = false;
                continue;
            }

            joinNext = ReplyPrefixes.Contains(line.Text);
            result.Add(line);
        }

        return result;
    }

    /// <summary>Blank lines only at the very end, if at all: every element became one line.</summary>
    private static bool HasNoBlankLines(List<TextLine> lines)
    {
        var last = lines.Count - 1;
        while (last >= 0 && lines[last].IsBlank)
        {
            last--;
        }

        for (var i = 0; i < last; i++)
        {
            if (lines[i].IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPunctuation(string text) => text is "." or "," or ":" or ";" or "!" or "?" or ")";
}
