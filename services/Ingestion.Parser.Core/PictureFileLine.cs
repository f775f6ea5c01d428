namespace Ingestion.Parser.Core;

/// <summary>
/// "[140408091518-hk-students-story-top]", "[ht_cruise_ship.jpg]": a text browser prints a picture without alt text as
/// its file name in brackets, on a line of its own. The line is no text, but the line under it is the picture's caption,
/// so the rendering's cleanup keeps it for the article reader to see.
/// </summary>
internal static class PictureFileLine
{
    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length < 6 || text[0] != '[' || text[^1] != ']')
        {
            return false;
        }

        // "[1*nightbus.jpeg?q=20] [1*nightbus.jpeg?q=20] [1*nightbus.jpeg]": a platform that loads a picture in stages (a
        // blurred placeholder, then the full file) prints each stage's file name, side by side on the picture's line.
        var names = text[1..^1];
        foreach (var range in names.Split("] ["))
        {
            if (!IsFileName(names[range]))
            {
                return false;
            }
        }

        return true;
    }

    // A file name has no spaces and joins its parts with hyphens, underscores or dots, often with digits. A picture
    // service's address keeps its sizes in the query instead ("[dims?thumbnail=45%2C45&amp;quality=80]").
    private static bool IsFileName(ReadOnlySpan<char> name) =>
        name.Length > 0 && !name.Contains(' ') && !name.Contains("://", StringComparison.Ordinal)
        && (name.IndexOfAny('-', '_', '.') > 0 || IsQueriedName(name));

    private static bool IsQueriedName(ReadOnlySpan<char> name)
    {
        var query = name.IndexOf('?');
        return query > 0 && name[(query + 1)..].IndexOf('=') > 0;
    }

    /// <summary>A picture printed as its file name, in full or as w3m shortens it.</summary>
    public static bool IsAny(ReadOnlySpan<char> line) => Is(line) || IsShortPlaceholder(line);

    /// <summary>
    /// "[elm]": w3m's placeholder for a picture whose file name is one short lower-case word, as <c>w3m</c> shortens it;
    /// a button ("[Go]", "[Publish]") is capitalised and a form field ("[          ]") is blank.
    /// </summary>
    public static bool IsShortPlaceholder(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is >= 4 and <= 26 && text[0] == '[' && text[^1] == ']' && !text[1..^1].ContainsAnyExcept(ShortNameCharacters);
    }

    private static readonly System.Buffers.SearchValues<char> ShortNameCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
}
