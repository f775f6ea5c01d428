using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… and the town lost it." / "Reply · Like · 7 · 19 hours ago", "… speed things up for everybody." / "15": in a page
/// hard-wrapped at a fixed width (<c>fold -s</c>, a mail client's saved text, <c>lynx -dump</c>), a line that ends a
/// sentence over a row that ends none and is not carried on itself. A wrapped paragraph's last piece ends its last
/// sentence; this one is a row of its own (buttons, a count, a date) that only happened to be too long for the line.
/// A caption's credit ("Photo: Wolter Pinn", "(AP Photo/Pierre Vautrin)", "Jim Lorenzo / EPA") has no row's shape and
/// stays with its caption, as it would have on one line; so does what follows an abbreviation ("… on Feb." / "24").
/// </summary>
internal static class RowUnderWrappedSentence
{
    private static readonly SearchValues<char> CountsAndSeparators = SearchValues.Create("0123456789·|•›△");

    /// <param name="carriedOn">whether the row itself wraps into the line under it</param>
    public static bool Is(string line, string row, bool carriedOn) =>
        !carriedOn && EndsSentence(line) && IsRow(row) && !Words.EndsSentence(row);

    /// <summary>
    /// One word ("Reply", "Advertisement"), or words with a count, a button separator or a column gap in them ("Like (12)
    /// Reply", "Reply • Share ›", "Antworten  Melden"); never an opening bracket, which a credit or an aside has.
    /// </summary>
    private static bool IsRow(string row)
    {
        if (row.Length == 0 || row[0] == '(')
        {
            return false;
        }

        return !row.Contains(' ', StringComparison.Ordinal)
            || row.AsSpan().ContainsAny(CountsAndSeparators)
            || row.Contains("  ", StringComparison.Ordinal);
    }

    /// <summary>
    /// A full stop, a question or an exclamation, maybe inside closing quotes: no comma or colon, which a wrap often
    /// follows, and no abbreviation ("Feb.", "Sept.", "U.S.") that a date or a name goes on after.
    /// </summary>
    private static bool EndsSentence(string text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var last = text[^1];
        if (last is '!' or '?' or '…')
        {
            return true;
        }

        if (last is '"' or '”' or '’' or '\'' or '»' or ')')
        {
            return text[^2] is '.' or '!' or '?';
        }

        return last == '.' && !EndsWithAbbreviation(text);
    }

    private static bool EndsWithAbbreviation(string text)
    {
        var start = text.LastIndexOf(' ') + 1;
        var word = text.AsSpan(start, text.Length - 1 - start);
        return word.Contains('.') || (word.Length is > 0 and <= 4 && char.IsUpper(word[0]));
    }
}
