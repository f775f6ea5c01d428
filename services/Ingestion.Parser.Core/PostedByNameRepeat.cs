namespace Ingestion.Parser.Core;

/// <summary>
/// "* Comment Link Brendan K Wednesday, 14 May 2014 12:40 posted by Brendan K": a comment list (Joomla's K2 and its like)
/// heads each comment with its permalink ("Comment Link"), the commenter's name, the date, and again "posted by" and the
/// name, which a rendering sets on one line. Read whole, the name holds a date and the line is no header, and the thread
/// is lost. The name that both opens the header and follows "posted by" is the commenter; the words between are the time.
/// </summary>
internal static class PostedByNameRepeat
{
    private const int MaxLength = 200;

    private const int MaxNameLength = 60;

    private const string PostedBy = " posted by ";

    /// <summary>The permalink's words some lists print before the name.</summary>
    private static readonly string[] PermalinkLabels = ["Comment Link ", "Comment link ", "Permalink ", "Link "];

    public static bool TryRead(string text, out string author, out PageTime time)
    {
        author = string.Empty;
        time = default;
        if (text.Length > MaxLength || text.IndexOf(PostedBy, StringComparison.OrdinalIgnoreCase) is not (> 0 and var at))
        {
            return false;
        }

        var name = text.AsSpan(at + PostedBy.Length).Trim();
        if (name.Length is 0 or > MaxNameLength || !Words.LooksLikeName(name))
        {
            return false;
        }

        var head = CommentLine.StripMarker(text[..at], out _).Trim();
        foreach (var label in PermalinkLabels)
        {
            if (head.StartsWith(label, StringComparison.Ordinal))
            {
                head = head[label.Length..].TrimStart();
                break;
            }
        }

        if (head.Length <= name.Length + 1 || !head.StartsWith(name, StringComparison.Ordinal) || head[name.Length] != ' ')
        {
            return false;
        }

        var when = head[(name.Length + 1)..].Trim();
        if (!Words.HasDigit(when) || !DateLineParser.TryParseLine(when, out time))
        {
            return false;
        }

        author = Whitespace.Collapse(name.ToString());
        return true;
    }
}
