using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "[avatar]Marty Pruett March 12, 2013 at 11:02 am", "[userpic] ottoline_k", "[default] lonestarmike 3 hours ago",
/// "[u] Frank Desai 8:14 pm on Tuesday, February 12, 2013", "[pic] Dale 1 hour ago", "[a] Rays fan in Tampa 3 hours ago",
/// "• [UlIqmHJn-S]" over "Dave Atherton": <c>w3m -dump</c> prints a picture whose alt text is empty as its file name in
/// brackets, glued or set with a space to the text beside it (a commenter's name), or alone on a list item's line over
/// the name. The placeholder goes; a list's bullet or number stays, as it opens the comment.
/// </summary>
internal static class GluedPicturePlaceholder
{
    private const int MaxSpacedNameWords = 3;

    /// <summary>A header's time settles that the words before it are a name: "[a] Rays fan in Tampa 3 hours ago" holds four.</summary>
    private const int MaxNameWordsBeforeTime = 4;

    private static readonly SearchValues<char> FileNameCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.");

    /// <summary>The stems of the pictures comment systems show for a commenter without one of their own.</summary>
    private static readonly WordSet DefaultAvatars = new(["default", "avatar", "noavatar", "blank", "anonymous", "silhouette", "mystery", "nophoto", "placeholder", "userpic"]);

    public static List<TextLine> Remove(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (!text.Contains('[', StringComparison.Ordinal))
            {
                continue;
            }

            var at = MarkerLength(text);
            if (PlaceholderLength(text[at..], at > 0) is > 0 and var length)
            {
                result ??= [.. lines];
                result[i] = new TextLine(lines[i].Indent, (text[..at] + text[(at + length)..]).TrimEnd());
            }
        }

        return result ?? lines;
    }

    /// <summary>" 1. ", "• ": a list's number or bullet before the picture, or 0.</summary>
    private static int MarkerLength(string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || space > 4 || space + 1 >= text.Length || text[space + 1] != '[')
        {
            return 0;
        }

        var marker = text.AsSpan(0, space);
        var numbered = marker[^1] == '.' && marker.Length > 1 && !marker[..^1].ContainsAnyExceptInRange('0', '9');
        return numbered || (marker.Length == 1 && !char.IsLetterOrDigit(marker[0])) ? space + 1 : 0;
    }

    /// <summary>
    /// The length of "[avatar]" (with the space after it) before a name, or of "[UlIqmHJn-S]" alone after a list marker
    /// (<paramref name="afterMarker"/>), or 0; a link number "[12]" has no letter. Alone without a marker the line stays:
    /// the picture's caption may be under it (<see cref="PictureFileLine"/>).
    /// </summary>
    public static int PlaceholderLength(string text, bool afterMarker = false)
    {
        if (!text.StartsWith('['))
        {
            return 0;
        }

        var close = text.IndexOf(']');
        if (close is < 2 or > 40)
        {
            return 0;
        }

        var inside = text.AsSpan(1, close - 1);
        if (close + 1 >= text.Length)
        {
            return afterMarker && IsFileNameStem(inside, out _) ? close + 1 : 0;
        }

        if (char.IsLetter(text[close + 1]))
        {
            return close <= 24 && !inside.ContainsAnyExcept(FileNameCharacters) && inside.ContainsAnyInRange('a', 'z') ? close + 1 : 0;
        }

        // "[userpic] ottoline_k", "[default] lonestarmike 3 hours ago": set apart by a space, a file's name or a default
        // avatar's before a name; before words ("[sic] is what the letter said") the brackets are the writer's.
        if (close + 2 >= text.Length || text[close + 1] != ' ' || !char.IsLetter(text[close + 2]))
        {
            return 0;
        }

        var spaced = (IsFileNameStem(inside, out var marked)
                && (marked || DefaultAvatars.Contains(inside) || (!inside.ContainsAnyInRange('A', 'Z') && Words.Count(text.AsSpan(close + 2)) <= MaxSpacedNameWords)))
            || ((IsShortStem(inside) || IsFileNameStem(inside, out _)) && (IsNameThenTime(text.AsSpan(close + 2)) || IsNameSays(text.AsSpan(close + 2))));
        return spaced ? close + 2 : 0;
    }

    /// <summary>"u", "av": a picture file named with one or two lower-case letters ("u.png"), as w3m prints it ("[u]").</summary>
    private static bool IsShortStem(ReadOnlySpan<char> name) => name.Length <= 2 && !name.ContainsAnyExceptInRange('a', 'z');

    /// <summary>
    /// "Frank Desai 8:14 pm on Tuesday, February 12, 2013", "Dale 1 hour ago": a comment header, a name of a few words
    /// before a clock time or a time ago; words in brackets before a sentence ("[b] Voters approved 12 changes") hold none.
    /// </summary>
    private static bool IsNameThenTime(ReadOnlySpan<char> text)
    {
        var nameWords = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (char.IsAsciiDigit(word[0]))
            {
                var isTime = word.Contains(':') || text.TrimEnd().EndsWith(" ago", StringComparison.Ordinal);
                return isTime && nameWords is > 0 and <= MaxNameWordsBeforeTime;
            }

            nameWords++;
        }

        return false;
    }

    /// <summary>"Nancy Ferrell says:": WordPress's comment header, a name of a few words before "says:".</summary>
    private static bool IsNameSays(ReadOnlySpan<char> text)
    {
        const string Says = " says:";
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(Says, StringComparison.Ordinal) && Words.Count(trimmed[..^Says.Length]) is > 0 and <= MaxSpacedNameWords;
    }

    /// <summary>
    /// "default", "UlIqmHJn-S": a file name's stem, one word of letters, digits and joining marks, all lower case or
    /// holding a digit or mark (<paramref name="marked"/>); "[Photo]" and "[UPDATE]" are words a writer puts in brackets.
    /// </summary>
    private static bool IsFileNameStem(ReadOnlySpan<char> name, out bool marked)
    {
        marked = false;
        if (name.Length < 3 || !name.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        var upper = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (char.IsAsciiDigit(c) || c is '-' or '_' or '.')
            {
                marked = true;
            }
            else if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return !upper || marked;
    }
}
