namespace Ingestion.Parser.Core;

/// <summary>
/// "Guest Book" / "View All 14 Entries" / "Sign the Guest Book" / cut-off entries: an obituary page's teaser of its guest
/// book, which is neither the article's text nor a thread (the whole book is a page of its own). Only a guest book
/// printed in full, with no link to all its entries under the heading, opens a thread.
/// </summary>
internal static class GuestBookTeaser
{
    private static readonly PrefixSet AllEntriesLinks = new(["view all ", "see all ", "read all "]);

    private const int LinkDistance = 3;

    private static readonly WordSet TeaserHeadings = new(["guest book", "sign the guest book"]);

    /// <summary>Whether the line is the teaser's heading or its sign-in link, with the link to all entries beside it.</summary>
    public static bool Is(PageLines lines, int index)
    {
        if (!TeaserHeadings.Contains(lines[index].Text.AsSpan().Trim()))
        {
            return false;
        }

        for (var i = Math.Max(0, index - LinkDistance); i < lines.Count && i <= index + LinkDistance; i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            if (AllEntriesLinks.Matches(text) && text.EndsWith("entries", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
