namespace Ingestion.Parser.Core;

/// <summary>
/// "@mkwong mkwongMar 21", "@lindqvistlindqvistAuthorMar 22": a thread kept on a code host's discussions (giscus, 2021–)
/// heads each comment with the commenter's avatar link, whose text is the handle with its "@", then the login again as
/// the name's link, a badge ("Author", "Owner", "Member", "Collaborator", "Maintainer") and the date, all run together
/// (w3m leaves no space at all). Read whole, the line is no name and no date, and the thread is lost. The handle printed
/// twice is the commenter; what follows the badge is the time.
/// </summary>
internal static class RepeatedHandleHeader
{
    private const int MaxLength = 100;

    private const int MaxHandleLength = 39;

    private static readonly string[] Badges = ["Author", "Owner", "Member", "Collaborator", "Maintainer", "Contributor"];

    public static bool TryRead(string text, out string author, out PageTime time)
    {
        author = string.Empty;
        time = default;
        if (text.Length is < 6 or > MaxLength || text[0] != '@' || !char.IsLetterOrDigit(text[1]))
        {
            return false;
        }

        var handleEnd = 1;
        while (handleEnd < text.Length && handleEnd - 1 < MaxHandleLength && IsHandleChar(text[handleEnd]))
        {
            handleEnd++;
        }

        // The login printed again right after the handle, after a space or glued to it: try every split of the run.
        var line = text.AsSpan();
        for (var length = handleEnd - 1; length >= 2; length--)
        {
            var handle = line.Slice(1, length);
            var after = line[(1 + length)..].TrimStart();
            if (!after.StartsWith(handle, StringComparison.Ordinal))
            {
                continue;
            }

            var tail = WithoutBadge(after[handle.Length..].TrimStart());
            if (tail.Length > 0 && Words.HasDigit(tail) && DateLineParser.TryParseLine(tail, out var parsed))
            {
                author = handle.ToString();
                time = parsed;
                return true;
            }
        }

        return false;
    }

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static ReadOnlySpan<char> WithoutBadge(ReadOnlySpan<char> text)
    {
        foreach (var badge in Badges)
        {
            if (text.StartsWith(badge, StringComparison.Ordinal))
            {
                return text[badge.Length..].TrimStart();
            }
        }

        return text;
    }
}
