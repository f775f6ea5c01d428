using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;td&gt;The ferry at the east pier.&lt;br&gt;&lt;span&gt;Credit: Jane Doe&lt;/span&gt;&lt;span&gt;&lt;div&gt;&lt;a class="make_big"
/// href="javascript:void(0);"&gt;View full size image&lt;/a&gt;&lt;/div&gt;&lt;/span&gt;&lt;/td&gt;": a template that sets its pictures in
/// tables or plain boxes, with no figcaption for <c>HtmlCaptions.TidyCaption</c> to tidy, still puts the picture viewer's
/// link under each picture; it then read as the caption's last words, or as a paragraph of its own between two of the
/// text's. A link whose whole text is a viewer's label (<see cref="PictureViewerLink"/>: "Enlarge", "View full size
/// image") opens the picture, never a page, so it goes wherever it stands. A link of other words stays. Cost: once per
/// page, one pass over the links; a link with one text child and no element has that text's length checked (no string
/// built), and only one of 4–39 characters is collapsed and looked up.
/// </summary>
internal static class ViewerLinkOutsideCaption
{
    public static void Remove(IDocument document)
    {
        List<IElement>? found = null;
        foreach (var link in document.GetElementsByTagName("a"))
        {
            // One text child and no element: its data is read as is, no text is built for the other links.
            if (link.ChildElementCount == 0 && link.FirstChild is IText { Data: { Length: > 3 and < 40 } text } && link.FirstChild == link.LastChild
                && PictureViewerLink.Is(Whitespace.Collapse(text)))
            {
                (found ??= []).Add(link);
            }
        }

        if (found is null)
        {
            return;
        }

        foreach (var link in found)
        {
            PictureViewerLink.Remove(link);
        }
    }
}
