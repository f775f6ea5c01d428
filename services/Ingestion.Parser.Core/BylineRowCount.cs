namespace Ingestion.Parser.Core;

/// <summary>
/// "September 26, 2013 by Pam Goodrich 6 Comments": a WordPress theme's entry meta (Genesis and its kin) runs the day,
/// the writer and the link to the thread into one row over the post. Under a bare "Comments" heading that count is the
/// only one the page states. The row must read as a date and a byline without the count, so a sentence ending in
/// "… 6 comments" is none. The count may also follow its label in brackets ("… · Comments [4]"). A Drupal or British
/// regional template may set the byline on a line of its own, the date and the count link on the next ("By Name,
/// Reporter" over "Thursday, 26 September 2013 Comments (7)"): a row that reads as a date alone then counts when the line
/// over it is a byline, so a teaser list's "date N comments" rows under headlines still give none.
/// </summary>
internal static class BylineRowCount
{
    private const int MaxRowLength = 160;

    private static readonly string[] CountWords = [" Comments", " Comment", " Responses", " Response"];

    public static int? Read(string line, bool underByline = false)
    {
        var text = line.AsSpan().Trim();
        // "… | 0 COMMENTS": a theme may set the row in capitals.
        if (text.Length > MaxRowLength || text.IsEmpty || text[^1] is not ('s' or 't' or 'e' or 'S' or 'T' or 'E' or ']' or ')'))
        {
            return null;
        }

        if (text[^1] is ']' or ')')
        {
            return ReadLabelBeforeCount(text, underByline);
        }

        foreach (var word in CountWords)
        {
            if (!text.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = text[..^word.Length];
            var space = before.LastIndexOf(' ');
            if (space <= 0 || !int.TryParse(before[(space + 1)..], out var count))
            {
                return null;
            }

            var rest = before[..space].TrimEnd(" |·•").ToString();
            return IsDatedRow(rest, underByline) ? count : null;
        }

        return null;
    }

    /// <summary>
    /// "Posted by Fiona Baxendale on 24 September 2013 · Comments [4]": the link to the thread with its label before the
    /// count in brackets, as a blog template or a British regional paper prints it at the end of the byline row.
    /// </summary>
    private static int? ReadLabelBeforeCount(ReadOnlySpan<char> text, bool underByline)
    {
        var open = text.LastIndexOfAny('[', '(');
        if (open < 2 || text[open - 1] != ' ' || (text[open] == '[') != (text[^1] == ']') || !int.TryParse(text[(open + 1)..^1].Trim(), out var count))
        {
            return null;
        }

        var before = text[..(open - 1)];
        foreach (var word in CountWords)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return IsDatedRow(before[..^word.Length].TrimEnd(" |·•").ToString(), underByline) ? count : null;
            }
        }

        return null;
    }

    /// <summary>A date and a byline, or, under a byline line, a whole date line.</summary>
    private static bool IsDatedRow(string rest, bool underByline)
    {
        var found = new MetadataLine.Found();
        if (MetadataLine.TryRead(rest, ref found) && found.Time is not null && found.Authors is { Count: > 0 })
        {
            return true;
        }

        return underByline && DateLineParser.TryParseLine(rest, out var time) && time is { Date: not null, Relative: false };
    }

    /// <summary>"By Tom Pennington, Local Democracy Reporter": a byline with its names and no time.</summary>
    private static bool IsBylineLine(string line)
    {
        var found = new MetadataLine.Found();
        return line.Length <= MaxRowLength && MetadataLine.TryRead(line, ref found) && found.Authors is { Count: > 0 } && found.Time is null;
    }

    /// <summary>
    /// The count of such a row right over or under the headline's line (two lines either side), or null: on an HTML page
    /// the theme's entry meta may stand in the post's header box, outside the text's root, where no thread reads it.
    /// </summary>
    public static int? BesideHeadline(PageLines lines, string? headline)
    {
        if (string.IsNullOrEmpty(headline) || lines.FindIndex(line => string.Equals(line.Text, headline, StringComparison.Ordinal)) is not (>= 0 and var at))
        {
            return null;
        }

        for (var i = Math.Max(0, at - 2); i <= Math.Min(lines.Count - 1, at + 2); i++)
        {
            if (i != at && Read(lines[i].Text) is { } count)
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>The count of the first such row above the article's text, or null.</summary>
    public static int? Find(PageLines lines, int firstProse)
    {
        for (var i = 0; i < firstProse && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            // The line over a row is asked only when the row ends as a count link might ("… Comments (7)").
            if ((Read(text) ?? (i > 0 && text.AsSpan().TrimEnd() is [.., ')' or ']'] && IsBylineLine(lines[i - 1].Text) ? Read(text, underByline: true) : null)) is { } count)
            {
                return count;
            }
        }

        return null;
    }
}
