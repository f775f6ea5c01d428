namespace Ingestion.Parser.Core;

/// <summary>
/// "The lane was under a foot of water." / "Sandra1958, Coldbrook" / "25/09/2013 at 15:12" / "Report abuse | Reply": a
/// thread that signs each comment under its text with a name line (often "Name, Town") over a date line over the
/// buttons. The name over the date reads like a header, but the text stands right above it and the buttons right under
/// the date: the name signs the text above, not the text under the buttons (the next comment's).
/// </summary>
internal static class SignatureOverDateAndButtons
{
    /// <summary>
    /// Whether every name line signs the text above it (<see cref="Signs"/>), and no text but the page's furniture follows
    /// the last one's buttons before <paramref name="threadEnd"/>: under a header-style thread the last comment's text would.
    /// </summary>
    public static bool SignsEvery(PageLines lines, CommentLine.Kind[] kinds, IReadOnlyList<int> names, int threadEnd)
    {
        if (names.Count < 2)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (!Signs(lines, kinds, name))
            {
                return false;
            }
        }

        for (var i = names[^1] + 3; i < threadEnd && i < kinds.Length; i++)
        {
            if (kinds[i] == CommentLine.Kind.Text)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A text line right above the name line (no blank between), the date right under it, and a reply button row right
    /// under the date: "text" / "Phil H, Wrexford" / "25/09/2013 at 15:40" / "Report abuse | Reply". A reader mode that
    /// drops the buttons leaves a blank line (or the page's end) under the date; <see cref="SignsEvery"/>'s test that no
    /// text follows the last signature still tells the thread from one of headers.
    /// </summary>
    public static bool Signs(PageLines lines, CommentLine.Kind[] kinds, int name) =>
        name >= 1 && name + 1 < kinds.Length && kinds[name] == CommentLine.Kind.Text && kinds[name - 1] == CommentLine.Kind.Text
        && kinds[name + 1] == CommentLine.Kind.Date
        && (name + 2 == kinds.Length || kinds[name + 2] == CommentLine.Kind.Blank || (kinds[name + 2] == CommentLine.Kind.Action && CommentLine.IsReplyRow(lines[name + 2].Text)));
}
