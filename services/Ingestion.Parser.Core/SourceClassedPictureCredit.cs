using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="media-image-container"&gt;&lt;ul class="rollover-shares"&gt;…&lt;/ul&gt;&lt;img&gt;&lt;p class="source"&gt;Agency /
/// Photographer&lt;/p&gt;&lt;/div&gt;": a picture story's template sets each picture's credit right under it in an element classed
/// "source", closing the picture's box. Beside a picture "source" may name anything (a chart's data source, a quoted
/// link), so only this shape is a credit: the element holds plain words of a credit's length with no full stop, nothing
/// follows it, and the box shows no other words (its share buttons are pictures). A credit-classed element there is read
/// whatever its shape (<see cref="HtmlCaptions"/>).
/// </summary>
internal static class SourceClassedPictureCredit
{
    private const int LongestCredit = 80;

    /// <summary>The credit <paramref name="below"/> shows, when it closes the picture's box as its source line; else null.</summary>
    public static string? Read(IElement below)
    {
        if (below.ChildElementCount > 0 || below.NextElementSibling is not null || !below.ClassList.Contains("source")
            || NodeText.IsLongerThan(below, LongestCredit * 2) || below.ParentElement is not { } box)
        {
            return null;
        }

        var credit = Whitespace.Collapse(below.TextContent);
        if (credit.Length is 0 or > LongestCredit || credit[^1] is '.' or '!' or '?' or ':' || !Words.HasLetter(credit))
        {
            return null;
        }

        // The box shows the credit's words alone: a caption or a paragraph beside the picture makes the line something else.
        return Whitespace.Collapse(box.TextContent).Length == credit.Length ? credit : null;
    }
}
