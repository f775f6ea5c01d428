using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="embed-media inline-video"&gt;" under the last paragraph: a player (its poster frame, share buttons and the
/// hidden "More Videos" strip), then the clip's card, "&lt;h4&gt;&lt;a href="/living/…/article118172533.html"&gt;Holiday Gift
/// Guide&lt;/a&gt;&lt;/h4&gt;", its description and the editor's name. The card points to another story; its heading, its
/// several sentences of description and its credit are no paragraphs of the text, though together they run longer than
/// the short video teaser HtmlFurniture already drops. Known by a player element and a heading that is one link.
/// Cost: reached only for a div whose class names a video and whose text is too long for a short teaser; two selector
/// searches inside it.
/// </summary>
internal static class PlayerTeaserCard
{
    private const int LongestCard = 2500;

    public static bool Is(IElement box)
    {
        if (NodeText.IsLongerThan(box, LongestCard) || box.SelectFirst("[class~='player' i], video, iframe") is null)
        {
            return false;
        }

        foreach (var heading in box.SelectAll("h2, h3, h4, h5, h6"))
        {
            if (heading.Children is [{ LocalName: "a" } link] && link.HasAttribute("href")
                && Whitespace.Collapse(link.TextContent) is { Length: > 0 } linkText
                && string.Equals(linkText, Whitespace.Collapse(heading.TextContent), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
