namespace Ingestion.Parser.Core;

/// <summary>
/// "Comment Link Wednesday, 14 May 2014 12:40 posted by Brendan K": K2 (Joomla) prints each comment's permalink, its
/// time and then its writer on one line; the permalink's words are no part of the time.
/// </summary>
internal static class TimeBeforePoster
{
    private const string PostedBy = " posted by ";

    private static readonly string[] PermalinkLabels = ["Comment Link ", "Permalink ", "Link "];

    public static bool TryRead(string text, out string author, out PageTime time)
    {
        author = string.Empty;
        time = default;
        // A time holds a digit: most lines are turned down before the case-blind search.
        var at = text.Length < 160 && Words.HasDigit(text) ? text.IndexOf(PostedBy, StringComparison.OrdinalIgnoreCase) : -1;
        if (at <= 0)
        {
            return false;
        }

        var when = text.AsSpan(0, at).Trim();
        foreach (var label in PermalinkLabels)
        {
            if (when.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                when = when[label.Length..];
                break;
            }
        }

        var name = text.AsSpan(at + PostedBy.Length).Trim();
        if (!Words.LooksLikeName(name) || !DateLineParser.TryParseLine(when, out time) || time.Date is null)
        {
            return false;
        }

        author = Whitespace.Collapse(name.ToString());
        return true;
    }
}
