using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="https://…" title="Opens a new window"&gt;announced&lt;span class="external-link-icon"&gt;Opens a new window&lt;/span&gt;&lt;/a&gt;":
/// a theme adds a note for screen readers to every outside link, drawn as an icon (its text shrunk to nothing by the
/// style sheet). A sighted reader sees the link's word and an arrow; left in, the note ran into the sentence ("announcedOpens
/// a new window that …"). Only a leaf inside a link whose whole text is such a note goes.
/// </summary>
internal static class NewWindowNotice
{
    private static readonly WordSet Notes = new(
    [
        "opens a new window", "opens in a new window", "opens in new window", "open in a new window", "opens a new tab", "opens in a new tab",
        "opens in new tab", "open in new tab", "link opens in a new window", "link opens in a new tab", "external link", "external link, opens in a new window",
    ]);

    public static void Remove(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        foreach (var note in body.SelectAll("a span, a em, a i, a small").Where(IsNote).ToList())
        {
            note.Remove();
        }
    }

    private static bool IsNote(IElement element) =>
        element.ChildElementCount == 0 && Whitespace.Collapse(element.TextContent).Trim('(', ')', ' ', '.') is { Length: > 0 and < 40 } text && Notes.Contains(text);
}
