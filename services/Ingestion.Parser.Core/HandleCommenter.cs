namespace Ingestion.Parser.Core;

/// <summary>
/// "    • @BlueDog", "  14. @BlueDog says:": a commenter who signs with a social handle. Alone on a line a handle is a share
/// row's or a writer's address, but after a thread's list marker, or before "says:", it is the comment's writer.
/// </summary>
internal static class HandleCommenter
{
    private const int MaxHandleLength = 31;

    /// <summary>"@BlueDog", "@tlc_1949": one word opening with "@" and a letter, of letters, digits and underscores.</summary>
    public static bool IsHandle(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.Length is < 3 or > MaxHandleLength || name[0] != '@' || !char.IsLetter(name[1]))
        {
            return false;
        }

        foreach (var c in name[1..])
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"• @BlueDog", "3. @BlueDog": a list item holding a handle alone.</summary>
    public static bool IsMarkedHeader(string text) =>
        CommentLine.StripMarker(text, out var marker) is var stripped && marker != CommentLine.Marker.None && IsHandle(stripped);

    /// <summary>"@BlueDog says:": the line opens with a handle, as it opens with a name.</summary>
    public static bool OpensWithHandle(string text) =>
        text.Length > 2 && text[0] == '@' && char.IsLetter(text[1]);
}
