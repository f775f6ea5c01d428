using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="widget_events"&gt;&lt;ul&gt;&lt;li&gt;&lt;time datetime="2020-03-14T00:00:00+01:00"&gt;14.03.2020&lt;/time&gt;,
/// 18.00 – Görlitz": a box of coming events beside the story dates each event. Where the story marks no time of its own,
/// the page's first <c>time[datetime]</c> is the next concert's, not the story's; the date the story shows in words
/// ("Veröffentlicht am 02.02.2020") then stands.
/// </summary>
internal static class EventListingTime
{
    /// <summary>Parts of a class or id naming a listing of events: "widget_events", "event-list", "termine", "kalender".</summary>
    private static readonly string[] EventWords = ["event", "veranstaltung", "termin", "calendar", "kalender", "agenda"];

    /// <summary>Whether the time sits in a box whose class or id names events, a box that does not hold the headline.</summary>
    public static bool Is(IElement time)
    {
        for (var box = time.ParentElement; box is not null && box.LocalName is not ("body" or "html" or "article" or "main"); box = box.ParentElement)
        {
            if (NamesEvents(box.GetAttribute("class")) || NamesEvents(box.Id))
            {
                return box.SelectFirst("h1") is null;
            }
        }

        return false;
    }

    private static bool NamesEvents(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var word in EventWords)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
