using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="entry_image"&gt;&lt;a href="/2011/08/20/other-story.html"&gt;&lt;img&gt;&lt;/a&gt;&lt;/div&gt;&lt;div class="entry_desc"&gt;&lt;a
/// href="/2011/08/20/other-story.html"&gt;PHOTO: Headline&lt;/a&gt;&lt;br&gt;&lt;div class="like_button"&gt;Like 25&lt;/div&gt;&lt;/div&gt;": a
/// most-popular rail's card sets the other story's headline under its thumbnail, both linking apart to that story, and
/// under the headline, in the same box, its like or recommend button with the count. The box is the card's headline box
/// as when it holds the link alone (<see cref="TeaserCardCaption.IsHeadlineUnder"/>); a headline opening "PHOTO:" is
/// then no caption's label. Only a box whose first element is the link, whose words open with the link's words and whose
/// other words are a button's few (at most 40 characters) counts: a caption that goes on past a link is kept.
/// </summary>
internal static class HeadlineOverCardButtons
{
    /// <summary>Longest run of words after the headline ("Recommend 26K", "Like 1,204 Share").</summary>
    private const int MaxButtonsLength = 40;

    /// <summary>The headline link leading the box, when what follows it in the box is only a button row; else null.</summary>
    public static IElement? HeadlineOf(IElement box)
    {
        if (box.FirstElementChild is not { LocalName: "a" } headline)
        {
            return null;
        }

        var headlineText = Whitespace.Collapse(headline.TextContent);
        var boxText = Whitespace.Collapse(box.TextContent);
        if (headlineText.Length == 0 || !boxText.StartsWith(headlineText, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = boxText.Length - headlineText.Length;
        return rest is > 0 and <= MaxButtonsLength ? headline : null;
    }
}
