namespace Ingestion.Parser.Core;

/// <summary>
/// "By Name on June 29, 2014 08:08 pm @handle 76Comments": a byline row whose comment-count link prints the number and
/// its label in spans that a text dump runs together. The last word, a number glued to "Comment" or "Comments", is the
/// count link and no part of the byline's date or names; a spaced "76 Comments" is cut by the count nouns already.
/// Cost: one scan of the line's last word, only for a line that ends in "comment" or "comments".
/// </summary>
internal static class GluedCommentCount
{
    /// <summary>The line without a last word that is a number glued to "Comment(s)"; else the line itself.</summary>
    public static string Without(string line)
    {
        var text = line.AsSpan().TrimEnd();
        var nounLength = text.EndsWith("comments", StringComparison.OrdinalIgnoreCase) ? 8 : text.EndsWith("comment", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
        if (nounLength == 0)
        {
            return line;
        }

        var start = text.LastIndexOf(' ') + 1;
        var digits = text[start..^nounLength];
        if (start == 0 || digits.Length == 0)
        {
            return line;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return line;
            }
        }

        return text[..start].TrimEnd().ToString();
    }
}
