using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="content-header__flag"&gt;In the media&lt;/div&gt;&lt;span style="…"&gt;02.12.19&lt;/span&gt;&lt;h1&gt;Headline&lt;/h1&gt;": a
/// template prints the story's day in a bare element right over (or right under) the headline, no class, no time
/// element and no metadata naming it; the page's text, read with its menus, takes no date from it. When nothing else
/// gave a time, an element holding a day and nothing else (<see cref="DateOnlyElement"/>) among the headline's two
/// element siblings before it or the one after it is the story's day. A kicker or an empty byline beside it is no date
/// and is passed over; a sentence naming a day is not a date row. Cost: asked once per page with no time, a look at
/// three siblings of the headline.
/// </summary>
internal static class DateRowBesideHeadline
{
    private const int SiblingsBefore = 2;

    public static string? Read(IElement? headline)
    {
        if (headline is null)
        {
            return null;
        }

        var before = headline.PreviousElementSibling;
        for (var step = 0; step < SiblingsBefore && before is not null; step++, before = before.PreviousElementSibling)
        {
            if (Day(before) is { } day)
            {
                return day;
            }
        }

        return headline.NextElementSibling is { } after ? Day(after) : null;
    }

    private static string? Day(IElement element) =>
        DateOnlyElement.Is(element) && DateLineParser.TryParseLine(element.TextContent.AsSpan().Trim(), out var shown) ? shown.ToIso() : null;
}
