using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;&lt;a href="http://www.site.de/"&gt;Kessler Statik&lt;/a&gt;&lt;/h1&gt;" over a company's service page titled
/// "Brandschutzplanung | Kessler Statik", whose own heading "Brandschutzplanung" stands over its text: the metadata
/// skipped the logo heading, but the page's reading took it, the first line, for the headline, and the document title's
/// other part then became the site. A line that is only the text of a heading linking to the front page is the logo;
/// when it is one part of a two-part document title and the page shows the other part on a line of its own, that part
/// is the title.
/// </summary>
internal static class HomeLinkHeadingReadAsTitle
{
    public static string? Instead(IDocument document, string? title, PageLines lines)
    {
        if (title is null || DocumentTitleParts.Of(Whitespace.Collapse(document.Title)) is not [var one, var other])
        {
            return title;
        }

        var page = string.Equals(one, title, StringComparison.Ordinal) ? other : string.Equals(other, title, StringComparison.Ordinal) ? one : null;
        if (page is not { Length: > 0 } || !Words.HasLetter(page) || !IsLogoHeading(document, title)
            || lines.FindIndex(line => string.Equals(Whitespace.Collapse(line.Text), page, StringComparison.Ordinal)) < 0)
        {
            return title;
        }

        return page;
    }

    private static bool IsLogoHeading(IDocument document, string title)
    {
        foreach (var heading in document.SelectAll("h1, h2"))
        {
            if (string.Equals(Whitespace.Collapse(heading.TextContent), title, StringComparison.Ordinal) && HtmlMetaReader.IsHomeLink(heading))
            {
                return true;
            }
        }

        return false;
    }
}
