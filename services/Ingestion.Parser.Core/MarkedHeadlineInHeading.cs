using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;&lt;span class="pretitle"&gt;RATGEBER&lt;/span&gt;&lt;span&gt;&lt;span itemprop="headline"&gt;Wie man …&lt;/span&gt;&lt;span
/// class="hide"&gt;.&lt;/span&gt;&lt;/span&gt;&lt;/h1&gt;": a template prints a kicker and a hidden full stop inside the heading and
/// marks the headline itself with microdata's <c>itemprop="headline"</c>, whose words the metadata's title repeats. The
/// marked element is the headline; the heading's other words (kicker, screen-reader punctuation) are no part of it, so
/// the fuller heading does not replace the title.
/// </summary>
internal static class MarkedHeadlineInHeading
{
    /// <summary>Whether <paramref name="heading"/> marks <paramref name="title"/> as its headline and shows more words around it.</summary>
    public static bool Holds(IElement heading, string shown, string title)
    {
        if (shown.Length <= title.Length || !shown.Contains(title, StringComparison.Ordinal))
        {
            return false;
        }

        var marked = heading.QuerySelector("[itemprop='headline']");
        return marked is not null && Whitespace.Collapse(marked.TextContent).Trim() == title;
    }
}
