namespace Ingestion.Parser.Core;

/// <summary>
/// "GARRISON, IA (KQTV) -" on a line of its own over "Fire crews from four departments …": broadcasters' CMSs of the time
/// (WorldNow among them) printed the dateline in an element of its own, so a text dump puts it alone on the line above
/// the story's first paragraph. It is the start of the story, no caption of the picture above it.
/// </summary>
internal static class LoneDateline
{
    private const int MaxLength = 64;

    /// <summary>The first paragraph under it is a paragraph of prose, not a one-word line.</summary>
    private const int MinParagraphLength = 40;

    /// <summary>Whether <paramref name="nextLine"/>, under a dateline alone, is the paragraph it opens.</summary>
    public static bool OpensParagraph(string nextLine) => nextLine.Length >= MinParagraphLength && char.IsUpper(nextLine.TrimStart()[0]);

    /// <summary>"WASHINGTON --", "HARLAN, Ind. (WXNB) -": a place and a closing dash, nothing after it.</summary>
    public static bool IsAlone(string line)
    {
        var text = line.AsSpan().TrimEnd();
        // Cheap rejects first: a prose line is long or does not end with a dash.
        if (text.Length is < 5 or > MaxLength || text[^1] is not ('-' or '—' or '–'))
        {
            return false;
        }

        var head = text.TrimEnd("-—–");
        // The dash stands apart ("WASHINGTON --"), unlike a word's hyphen ("WILKES-").
        if (head.Length == text.Length || head.Length < 3 || head[^1] != ' ')
        {
            return false;
        }

        return Dateline.IsPlace(head.TrimEnd());
    }
}
