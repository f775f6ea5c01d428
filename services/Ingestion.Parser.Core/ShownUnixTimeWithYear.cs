using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;li class="carousel-item"&gt;…&lt;div class="date" data-seconds="1589239435"&gt;12 May&lt;/div&gt;…&lt;h1&gt;…&lt;div class="date"
/// data-seconds="1589239435"&gt;12 May 2020&lt;/div&gt;": a video page's playlist strip over the player prints each clip's
/// day without its year, and the first <c>[data-seconds]</c> of the page is then a date that cannot be checked against
/// its instant. The instant behind a shown date is read from the first such element whose shown date is whole; the
/// strip's yearless days are passed over, as they were refused before.
/// </summary>
internal static class ShownUnixTimeWithYear
{
    /// <summary>Elements asked at most: a strip of clips, then the player's own date.</summary>
    private const int MaxAsked = 12;

    public static string? First(IDocument document)
    {
        var first = document.SelectFirst("[data-seconds]");
        if (first is null)
        {
            return null;
        }

        if (HtmlMetaReader.ShownUnixTime(first) is { } value)
        {
            return value;
        }

        var asked = 0;
        foreach (var element in document.SelectAll("[data-seconds]"))
        {
            if (element == first)
            {
                continue;
            }

            if (++asked > MaxAsked)
            {
                break;
            }

            if (HtmlMetaReader.ShownUnixTime(element) is { } later)
            {
                return later;
            }
        }

        return null;
    }
}
