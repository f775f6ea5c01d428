namespace Ingestion.Parser.Core;

/// <summary>
/// "Comments (8) | Have your say »": a UK regional paper's row under the byline (Newsquest's sites of 2008–2014) gives the
/// thread's count in its first link and the link to the comment form after it, where other tool rows end with the count.
/// The thread itself stands under a bare "Have your say" heading, so the row's count is the only one the page states.
/// </summary>
internal static class CountLinkBesideThreadLink
{
    private const string Separator = " | ";
    private const int MaxRowLength = 80;

    private static readonly string[] CountedLinks = ["Comments (", "Comment (", "Your say ("];

    // The links that open the comment form; a row of the count and these alone is the thread's row.
    private static readonly WordSet FormLinks = new("have your say", "your say", "add your comment", "add a comment", "post a comment", "leave a comment", "comment");

    /// <summary>The count of the row's "Comments (N)" link when every other link leads to the comment form, else null.</summary>
    public static int? Read(ReadOnlySpan<char> text)
    {
        // Cheap rejections first: short, and parted by bars.
        if (text.Length > MaxRowLength || text.IndexOf(Separator, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        int? count = null;
        var links = 0;
        foreach (var range in text.Split('|'))
        {
            var link = text[range].Trim().TrimEnd(" »›>").TrimEnd();
            links++;
            if (count is null && CountIn(link) is { } counted)
            {
                count = counted;
            }
            else if (!FormLinks.Contains(link))
            {
                return null;
            }
        }

        return links >= 2 ? count : null;
    }

    private static int? CountIn(ReadOnlySpan<char> link)
    {
        foreach (var opening in CountedLinks)
        {
            if (link.StartsWith(opening, StringComparison.OrdinalIgnoreCase) && link.EndsWith(")")
                && int.TryParse(link[opening.Length..^1], out var count))
            {
                return count;
            }
        }

        return null;
    }
}
