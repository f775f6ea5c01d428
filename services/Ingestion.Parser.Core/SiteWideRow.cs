using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Whether an element sits in a row the site prints on every page (<see cref="LabelledTagLinks.SiteWideRows"/>: a
/// menu, a rail, a trending bar, a breadcrumb), so its topic links are no story's tags. A class that only sounds like
/// navigation on the page's frame does not count: "has-localnav" on the body, or a global template's container
/// "blq-container blq-int-nav" around the whole page, headline and story included, flag a layout, not a menu.
/// </summary>
internal static class SiteWideRow
{
    public static bool Holds(IElement element)
    {
        var row = element.Nearest(LabelledTagLinks.SiteWideRows);
        while (row is not null && IsPageFrame(row))
        {
            row = row.ParentElement?.Nearest(LabelledTagLinks.SiteWideRows);
        }

        return row is not null;
    }

    /// <summary>
    /// The root, the body, or an element named by class or id only that holds the page's first headline: a site's
    /// menu, rail or breadcrumb never holds the story's h1, and a nav, header, footer or aside element keeps its own name.
    /// </summary>
    private static bool IsPageFrame(IElement row) =>
        row.LocalName is "html" or "body"
        || (row.LocalName is not ("nav" or "header" or "footer" or "aside") && HeadlineFrame.Holds(row));
}
