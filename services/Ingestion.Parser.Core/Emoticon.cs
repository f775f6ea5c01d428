namespace Ingestion.Parser.Core;

/// <summary>
/// ":)", ";-)", ":D", "&lt;3", ":( :(": a reader's whole comment may be a face. The boilerplate checks trim punctuation off a
/// line's ends and find nothing left, but in a thread such a line is the comment's text.
/// </summary>
internal static class Emoticon
{
    private static readonly HashSet<string> Faces = new(StringComparer.Ordinal)
    {
        ":)", ":-)", ";)", ";-)", ":D", ":-D", ";D", ":(", ":-(", ":'(", ":P", ":-P", ":p", ":-p", ";P", ":/", ":-/", ":|", ":-|",
        ":o", ":O", ":-O", "=)", "=(", "=D", "<3", "XD", "xD", "^_^", "^^", "o_O", "O_o", "-_-",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FacesBySpan = Faces.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "… and that was the end of it.  :-p": a writer closes a sentence with a face typed after it, as others close one with
    /// an emoji (<see cref="TrailingEmoji"/>). The sentence still ends at its mark; the face after a space is no part of the
    /// ending. A face with no mark before it ("see you there :)") leaves the line unended, as before.
    /// </summary>
    public static bool EndsSentenceBefore(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        if (space < 1 || text.Length - space > 5 || !FacesBySpan.Contains(text[(space + 1)..]))
        {
            return false;
        }

        var before = text[..space].TrimEnd(" \u00A0");
        return !before.IsEmpty && before[^1] is '.' or '!' or '?' or '…';
    }

    /// <summary>Whether the line holds faces only, one or more, separated by spaces.</summary>
    public static bool IsLineOfFaces(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || text.Length > 30)
        {
            return false;
        }

        foreach (var range in text.Split(' '))
        {
            var face = text[range];
            if (!face.IsEmpty && !FacesBySpan.Contains(face))
            {
                return false;
            }
        }

        return true;
    }
}
