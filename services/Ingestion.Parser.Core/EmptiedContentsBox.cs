using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;details class="contents-box"&gt;&lt;summary&gt;Contents&lt;/summary&gt;&lt;div class="contents"&gt;&lt;ul&gt;…": once a contents list is
/// taken out (<see cref="InPageJumpList"/>, <see cref="HeadingEchoContentsList"/>), the boxes it leaves holding a label at
/// most ("Table of Contents", "Inhaltsverzeichnis") go with it, up to the first that holds a picture or more words.
/// </summary>
internal static class EmptiedContentsBox
{
    private const int LongestLabel = 40;

    /// <summary>Removes <paramref name="box"/>, the removed list's parent, and each box round it left with a label at most, inside <paramref name="root"/>.</summary>
    public static void Remove(IElement? box, IElement root)
    {
        while (box is not null && box != root && box.ParentElement is { } outer && box.SelectFirst("img, picture, video, iframe, table") is null
            && Whitespace.Collapse(box.TextContent).Length <= LongestLabel)
        {
            box.Remove();
            box = outer;
        }
    }
}
