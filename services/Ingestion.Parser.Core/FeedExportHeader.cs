namespace Ingestion.Parser.Core;

/// <summary>
/// A feed reader's text export of a post: the feed's title on the first line ("Capitol Notebook — The Ashford
/// Courier", the blog and then its paper) over "Feed: http://…/feed/", an "Exported 1 item" count, and under the text
/// the post's "Comments feed: http://…" before its comment entries. The paper after the blog's name is the site, as a
/// feed reader's page gives it; the feed lines and the count are the reader's, no text.
/// </summary>
internal static class FeedExportHeader
{
    /// <summary>"Feed: http://…", "Comments feed: http://…", "Exported 3 items".</summary>
    public static bool IsFurniture(ReadOnlySpan<char> text)
    {
        if (text.Length < 10 || text[0] is not ('F' or 'C' or 'E'))
        {
            return false;
        }

        if (text.StartsWith("Feed: ", StringComparison.Ordinal) || text.StartsWith("Comments feed: ", StringComparison.Ordinal))
        {
            var address = text[(text.IndexOf(':') + 1)..].Trim();
            return address.StartsWith("http", StringComparison.Ordinal) && address.Contains("://", StringComparison.Ordinal) && !address.Contains(' ');
        }

        if (!text.StartsWith("Exported ", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text["Exported ".Length..];
        var space = rest.IndexOf(' ');
        return space > 0 && int.TryParse(rest[..space], out _) && rest[(space + 1)..] is "item" or "items";
    }

    /// <summary>The paper of a "Blog — Paper" feed title on the page's first line, over a "Feed: http://…" line; or null.</summary>
    public static string? Paper(PageLines lines, int index)
    {
        var text = lines[index].Text;
        var dash = text.IndexOf(" — ", StringComparison.Ordinal);
        if (dash <= 0 || text.Length > 100)
        {
            return null;
        }

        for (var next = index + 1; next < lines.Count && next <= index + 3; next++)
        {
            if (lines[next].Text.StartsWith("Feed: ", StringComparison.Ordinal) && IsFurniture(lines[next].Text))
            {
                var paper = text[(dash + 3)..].Trim();
                return Words.Count(paper) is >= 1 and <= 5 && char.IsUpper(paper[0]) ? paper : null;
            }
        }

        return null;
    }
}
