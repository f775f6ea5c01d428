namespace Ingestion.Parser.Core;

/// <summary>
/// A comment's date line that also carries its buttons, in the orders comment systems print it: "September 25, 2013 at
/// 7:12 pm | Reply" (WordPress, CNN), "Reply | September 25, 2013 at 7:12 pm", "September 25, 2013 7:12 pm · Reply ·
/// Report abuse" (Echo, Pluck), "7:12 pm, September 25, 2013 | Reply | Report". A button is a whole segment between
/// bars, middle dots or bullets, or between one of them and the line's end.
/// </summary>
internal static class DateFooterButtons
{
    /// <summary>Whether the line holds the word as one of its bar-, dot- or bullet-separated segments.</summary>
    public static bool Carries(string footer, string word)
    {
        var rest = footer.AsSpan().Trim();
        var separated = false;
        while (!rest.IsEmpty)
        {
            var cut = rest.IndexOfAny('|', '·', '•');
            var segment = (cut < 0 ? rest : rest[..cut]).Trim();
            separated |= cut >= 0;
            if (separated && segment.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (cut < 0)
            {
                break;
            }

            rest = rest[(cut + 1)..];
        }

        return false;
    }

    /// <summary>
    /// Whether the line holds a reply button in any language as one of its segments: "25. September 2013 um 19:12 Uhr |
    /// Antworten", "September 25, 2013 at 7:12 pm | Reply | Report abuse".
    /// </summary>
    public static bool CarriesReplyButton(string footer)
    {
        if (!IsSeparated(footer))
        {
            return false;
        }

        foreach (var segment in footer.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!segment.Contains(' ') && CommentLine.IsReplyRow(segment))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Separators = ['|', '·', '•'];

    /// <summary>Whether the line has a bar, a spaced middle dot or a spaced bullet between its parts.</summary>
    public static bool IsSeparated(string footer) =>
        footer.Contains("| ", StringComparison.Ordinal) || footer.Contains(" · ", StringComparison.Ordinal)
        || footer.Contains(" • ", StringComparison.Ordinal);
}
