using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figcaption&gt;&lt;div class="caption-text"&gt;&lt;a href="…/ferry.jpg" class="enlarge-link"&gt;Enlarge&lt;/a&gt; &lt;span
/// class="sep"&gt;/&lt;/span&gt; The ferry at the east pier.&lt;/div&gt;…": a magazine template opens each caption with the link that
/// opens the picture full size, and a separator after it. The link is a control of the picture viewer, no word of the
/// caption, and the separator goes with it; the caption reads from its own first word ("The ferry at the east pier.").
/// A link of the caption's own words ("the ferry's timetable") stays, its text being no viewer's label. Cost: asked only
/// of links and buttons inside captions, already visited by <c>HtmlCaptions.TidyCaption</c>: a length check and a set
/// lookup, and for a label one look at the next sibling nodes. A text browser prints the label alone on its line under
/// the picture's caption ("View full size image"), where <see cref="BoilerplateFilter"/> asks the same set: a button,
/// no caption and no headline.
/// </summary>
internal static class PictureViewerLink
{
    private static readonly WordSet Labels = new(["enlarge", "enlarge image", "enlarge photo", "enlarge picture", "zoom", "zoom in", "expand", "expand image",
        "view larger", "view larger image", "full size", "view full size", "view full size image", "view full image", "vergrößern", "bild vergrößern", "agrandir", "ampliar", "ingrandisci"]);

    public static bool Is(ReadOnlySpan<char> label) => label.Length is > 3 and < 24 && Labels.Contains(label.Trim());

    /// <summary>Removes the link and a separator that follows it ("/", "|", "·", "•", "–"), as a text of its own or an element holding only it.</summary>
    public static void Remove(IElement link)
    {
        var next = link.NextSibling;
        while (next is IText { Data: var blank } && string.IsNullOrWhiteSpace(blank))
        {
            next = next.NextSibling;
        }

        if (next is not null && IsSeparator(next) && (next is IText || next is IElement { ChildElementCount: 0 }))
        {
            next.Parent?.RemoveChild(next);
        }

        link.Remove();
    }

    private static bool IsSeparator(INode node) => node.TextContent.AsSpan().Trim() is [var sign] && sign is '/' or '|' or '·' or '•' or '–' or '-';
}
