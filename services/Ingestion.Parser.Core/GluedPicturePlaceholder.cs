using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "[avatar]Marty Pruett March 12, 2013 at 11:02 am", "[userpic] ottoline_k": <c>w3m -dump</c> prints a picture whose alt
/// text is empty as its file name in brackets, glued (or set with a space) to the text beside it, such as a commenter's name.
/// </summary>
internal static class GluedPicturePlaceholder
{
    private const int MaxSpacedNameWords = 3;

    private static readonly SearchValues<char> FileNameCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.");

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
            if (PlaceholderLength(text[at..]) is > 0 and var length)
            {
                result ??= [.. lines];
                result[i] = new TextLine(lines[i].Indent, text[..at] + text[(at + length)..]);
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

    /// <summary>The length of "[avatar]" before a letter, or 0; a link number "[12]" has no letter.</summary>
    public static int PlaceholderLength(string text)
    {
        if (!text.StartsWith('['))
        {
            return 0;
        }

        var close = text.IndexOf(']');
        // "[userpic] ottoline_k": a picture set beside a name alone on its line (not glued to it) leaves a space between
        // them; before words ("[sic] is what the letter said") the brackets are the writer's.
        var spaced = close + 2 < text.Length && text[close + 1] == ' ' && char.IsLetter(text[close + 2]) && Words.Count(text.AsSpan(close + 2)) <= MaxSpacedNameWords;
        if (close is < 2 or > 24 || close + 1 >= text.Length || !(char.IsLetter(text[close + 1]) || spaced))
        {
            return 0;
        }

        var inside = text.AsSpan(1, close - 1);
        return inside.ContainsAnyExcept(FileNameCharacters) || !inside.ContainsAnyInRange('a', 'z') ? 0 : close + (spaced ? 2 : 1);
    }
}
