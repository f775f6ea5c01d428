using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "og:title" = "Ferry master follows in her father's wake", "&lt;title&gt;Ferry master follows father at the wheel | Coast
/// Weekly", and in the story's main box the h1 "A Steady Hand: Marta Quell follows her father at the ferry's wheel": a
/// magazine writes one title for social feeds, another for search, and prints a third over the story. Where all three
/// differ (the document title neither the share title nor the h1, with or without the site after it, but itself most of the
/// h1's words: a third wording, not a section's name) and the h1, inside
/// the page's main or article element, shares most of the share title's words, the h1 is the headline the page shows;
/// the other two are rewrites of it. Where the document title repeats either, the other readings decide, as before.
/// Cost: asked per h1 only when no other reading of it held; two containment checks and a word scan.
/// </summary>
internal static class ThreeTitlesShownHeadline
{
    private const int MinLength = 20;

    public static bool Is(string? documentTitle, IElement heading, string shown, string title)
    {
        if (shown.Length < MinLength || documentTitle is null || string.Equals(shown, title, StringComparison.OrdinalIgnoreCase)
            || !(MarkedElements.IsInside(heading, "main") || MarkedElements.IsInside(heading, "article")))
        {
            return false;
        }

        var document = Whitespace.Collapse(documentTitle);
        return document.Length > 0 && !document.Contains(title, StringComparison.OrdinalIgnoreCase) && !document.Contains(shown, StringComparison.OrdinalIgnoreCase)
            && !shown.Contains(document, StringComparison.OrdinalIgnoreCase) && Words.MostOccurIn(title, shown)
            // The document title is a third wording of the headline, not a section's or the site's name ("Port news and
            // notices" leaves the share title: RewrittenShareTitleTests).
            && Words.MostOccurIn(document, shown);
    }
}
