namespace Ingestion.Parser.Core;

/// <summary>
/// "1,204 posts | registered Mar 4, 2008": a technology site's forum-backed comments (2010–2015) print the poster's post
/// count and sign-up day under each comment, as a forum's panel does beside the post. The day is the account's, never
/// the comment's time, and the line is no text.
/// </summary>
internal static class PosterStatsLine
{
    private const int MaxLength = 60;

    public static bool Is(string text)
    {
        // Cheap first: the line opens with the count's first digit and is short.
        if (text.Length is < 12 or > MaxLength || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var bar = text.IndexOf(" | ", StringComparison.Ordinal);
        if (bar < 0)
        {
            return false;
        }

        var count = text.AsSpan(0, bar).Trim();
        var space = count.IndexOf(' ');
        if (space < 1 || count[..space].ContainsAnyExcept(CountCharacters) || !PostWords.Contains(count[(space + 1)..]))
        {
            return false;
        }

        var field = text.AsSpan(bar + 3).Trim();
        foreach (var label in SignUpLabels)
        {
            if (field.StartsWith(label, StringComparison.OrdinalIgnoreCase) && field.Length > label.Length && char.IsAsciiLetterOrDigit(field[label.Length]))
            {
                return DateLineParser.TryParseLine(field[label.Length..], out var time) && time.Date is not null;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> CountCharacters = System.Buffers.SearchValues.Create("0123456789,.");

    private static readonly WordSet PostWords = new(["post", "posts"]);

    private static readonly string[] SignUpLabels = ["registered ", "joined ", "member since "];
}
