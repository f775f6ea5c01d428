using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul&gt;&lt;li&gt;Rivals of the rail operator fear …&lt;/li&gt;&lt;li&gt;Passengers too …&lt;/li&gt;&lt;/ul&gt;&lt;section
/// class="authors"&gt;Von Name&lt;/section&gt;&lt;p&gt;…": a list of the story's points set right over the byline, before the
/// first paragraph, sums the story up as a standfirst does and is no part of the text. A list after the byline, or one
/// with links in it, is left to the text.
/// </summary>
internal static class SummaryListOverByline
{
    private const int MaxPoints = 6;
    private const int MaxPointLength = 400;

    public static void Remove(IElement root)
    {
        foreach (var list in root.SelectAll("ul, ol").Where(Is).ToList())
        {
            list.Remove();
        }
    }

    private static bool Is(IElement list)
    {
        if (list.NextElementSibling is not { } byline || !IsBylineBox(byline) || list.Children.Length is 0 or > MaxPoints
            || list.SelectFirst("a, img") is not null
            || list.Children.Any(item => item.LocalName != "li" || Whitespace.Collapse(item.TextContent) is not { Length: > 20 and <= MaxPointLength }))
        {
            return false;
        }

        // Only before the text: no paragraph of the story stands above the list in its box.
        for (var before = list.PreviousElementSibling; before is not null; before = before.PreviousElementSibling)
        {
            if (before.LocalName == "p" && ShownLength.Of(before.TextContent) > 80)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBylineBox(IElement element) =>
        element.LocalName is "section" or "div" or "p" or "address"
        && (element.ClassName ?? string.Empty) is var names
        && (names.Contains("author", StringComparison.OrdinalIgnoreCase) || names.Contains("byline", StringComparison.OrdinalIgnoreCase));
}
