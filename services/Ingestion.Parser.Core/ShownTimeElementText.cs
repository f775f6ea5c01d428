using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;time class="article-published-date"&gt;December 7, 2016 @ 3:53 PM&lt;/time&gt;" with no `datetime`: the template marks
/// the story's time as a `time` element and writes it for the reader only. When neither the metadata, a `datetime`, nor the
/// page read as text gave a time (a reading list of other stories over the headline can keep the text's reading from
/// finding its byline block), the marked element's own words are the story's time. Only a `time` inside the article or
/// its header counts, its text short and a full date with its year ("Dec 7", a relative "12 mins ago" give none); a time
/// in another story's card is none. Cost: asked once per page, when no time was found: a look at each `time` element
/// the one walk collected.
/// </summary>
internal static class ShownTimeElementText
{
    public static string? Read(List<IElement> times, IDocument document, IElement? headline)
    {
        foreach (var time in times)
        {
            if (time.HasAttribute("datetime") || !(MarkedElements.IsInside(time, "article") || MarkedElements.IsInside(time, "header"))
                || !HtmlContentRoot.IsInDocument(time, document) || OtherStoryCard.HoldsTime(time, headline))
            {
                continue;
            }

            var text = Whitespace.Collapse(time.TextContent);
            if (text.Length is >= 8 and <= 60 && DateLineParser.TryParseLine(text, out var shown) && shown is { Date: not null, Relative: false })
            {
                return shown.ToIso();
            }
        }

        return null;
    }
}
