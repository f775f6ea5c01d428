using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// A scraper that reads a comment's text and its footer as one element prints them on one line with nothing between:
/// "Great point.September 26, 2013 at 9:05 am | Reply". The footer goes back on a line of its own under the text, so
/// the comment keeps its words and its time.
/// </summary>
internal static partial class GluedCommentFooter
{
    [GeneratedRegex(@"^(?<text>.*[^\s])(?<footer>(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} at \d{1,2}:\d{2} ?[ap]m \| Reply)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextGluedToFooter();

    public static List<TextLine> Split(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var match = line.Text.EndsWith("| Reply", StringComparison.Ordinal) ? TextGluedToFooter().Match(line.Text) : Match.Empty;
            if (!match.Success)
            {
                result?.Add(line);
                continue;
            }

            result ??= lines.GetRange(0, i);
            result.Add(line with { Text = match.Groups["text"].Value });
            result.Add(line with { Text = match.Groups["footer"].Value });
        }

        return result ?? lines;
    }
}
