using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="teaser-item"&gt;&lt;a href="/other-story"&gt;&lt;img&gt;&lt;/a&gt;&lt;a href="/other-story"&gt;&lt;strong&gt;Headline&lt;/strong&gt;&lt;/a&gt;&lt;/div&gt;":
/// a grid of cards under the text, each a box the template calls a teaser, holding a thumbnail and a headline that link
/// to the same other page and nothing else. The headline is another story's, no paragraph of this one. "teaser" also names
/// a story's own standfirst (SummaryFieldOverText), so only a box whose every word is its one link's is read so.
/// Cost: a class check per element the noise pass visits; the links of a short teaser box only when it is named so.
/// </summary>
internal static class TeaserLinkCard
{
    private const int LongestCard = 300;

    private static readonly WordSet TeaserClass = new(["teaser"]);

    public static bool Is(IElement element)
    {
        if (element.ClassName is not { } names || !TeaserClass.ContainsNamePart(names) || !NodeText.IsShorterThan(element, LongestCard))
        {
            return false;
        }

        string? address = null;
        var picture = false;
        var linkedText = 0;
        foreach (var link in element.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href");
            if (string.IsNullOrEmpty(href) || href[0] == '#' || (address is not null && !string.Equals(address, href, StringComparison.Ordinal)))
            {
                return false;
            }

            address = href;
            picture |= link.QuerySelector("img") is not null;
            linkedText += Whitespace.Collapse(link.TextContent).Length;
        }

        // The box's words are all the link's: a headline card, where a teaser paragraph of the story has words of its own.
        return picture && linkedText > 0 && Whitespace.Collapse(element.TextContent).Trim().Length <= linkedText;
    }
}
