namespace Ingestion.Parser.Core;

/// <summary>
/// "• Tom" / "Reply" / "September 25, 2013 at 7:12 pm | Reply": a reader who answers "how do I reply?" with the button's
/// name. Where the thread prints its buttons on the comment's date line, the same button's word alone on the line right
/// above that date line is no second copy of the button: it is the comment's text.
/// </summary>
internal static class ButtonWordAnswer
{
    private const int LongestButton = 30;

    public static bool IsAnswer(PageLines lines, int index)
    {
        var word = lines[index].Text.Trim();
        if (word.Length is 0 or > LongestButton || Words.HasDigit(word))
        {
            return false;
        }

        var footer = lines.NextNonBlank(index, lines.Count);
        var above = lines.PreviousNonBlank(index);
        return footer < lines.Count && above >= 0 && !lines.TryParseDate(above, out _)
            && CarriesButton(lines[footer].Text, word) && lines.TryParseDate(footer, out var time) && time.Date is not null;
    }

    /// <summary>"September 25, 2013 at 7:12 pm | Reply": the button after a bar, ending the line or followed by another bar.</summary>
    private static bool CarriesButton(string footer, string word)
    {
        var at = footer.IndexOf("| " + word, StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var after = footer.AsSpan(at + 2 + word.Length).TrimStart();
        return after.IsEmpty || after[0] == '|';
    }
}
