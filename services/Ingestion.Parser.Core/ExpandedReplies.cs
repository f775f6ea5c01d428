using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Hide replies (2)" under a comment's buttons: the thread has its replies open, and a dump that lost their indentation
/// prints them at the comment's own depth right under the control. The count says how many comments answer it.
/// </summary>
internal static partial class ExpandedReplies
{
    [GeneratedRegex(@"^\s*hide\s+(?:(?<n>\d{1,3})\s+)?repl(?:y|ies)\s*(?:\((?<m>\d{1,3})\))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HideReplies();

    /// <summary>The number of replies the control opened, or 0 when the line is no such control.</summary>
    public static int Count(string line)
    {
        if (line.Length > 30 || HideReplies().Match(line) is not { Success: true } match)
        {
            return 0;
        }

        var number = match.Groups["n"].Success ? match.Groups["n"].Value : match.Groups["m"].Value;
        return int.TryParse(number, out var count) ? count : 0;
    }

    /// <summary>The count of the control between two comment headers (in the first comment's lines), or 0.</summary>
    public static int Between(PageLines lines, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (!lines[i].IsBlank && Count(lines[i].Text) is > 0 and var count)
            {
                return count;
            }
        }

        return 0;
    }
}
