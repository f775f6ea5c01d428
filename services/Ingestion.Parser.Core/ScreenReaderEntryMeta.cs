namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted on August 2, 2019August 2, 2019Author Jane RoeCategories": WordPress's default themes (Twenty Seventeen and
/// its successors) label each part of the post's footer for screen readers only ("Posted on", "Author", "Categories",
/// "Tags"), and a dump prints the hidden labels run into the visible parts. The "Author" label is the byline's "by";
/// the category and tag lists after the name are links of their own.
/// </summary>
internal static class ScreenReaderEntryMeta
{
    private static readonly PrefixSet Openings = new(["posted on ", "published on "]);

    private static readonly string[] ListLabels = ["Categories", "Tags", "Leave a comment", "Comments"];

    private const string AuthorLabel = "Author";
    private const int MaxLength = 300;

    /// <summary>The line as a byline would print it ("Posted on August 2, 2019 by Jane Roe"), or the line itself.</summary>
    public static string AsByline(string line)
    {
        if (line.Length > MaxLength || !Openings.Matches(line.AsSpan()) || line.IndexOf(AuthorLabel, StringComparison.Ordinal) is not (> 0 and var label))
        {
            return line;
        }

        // The label follows the date's year or stands after a space; the name follows it after a space.
        var before = line[label - 1];
        var nameStart = label + AuthorLabel.Length;
        if (!(char.IsAsciiDigit(before) || before == ' ') || nameStart + 1 >= line.Length || line[nameStart] != ' ')
        {
            return line;
        }

        var name = line.AsSpan(nameStart + 1);
        foreach (var list in ListLabels)
        {
            if (name.IndexOf(list, StringComparison.Ordinal) is > 0 and var cut)
            {
                name = name[..cut];
            }
        }

        name = name.Trim();
        return name.IsEmpty ? line : string.Concat(line.AsSpan(0, label).TrimEnd(), " by ", name);
    }
}
