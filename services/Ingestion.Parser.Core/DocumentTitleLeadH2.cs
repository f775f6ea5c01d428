using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;title&gt;Headline – Blog Name&lt;/title&gt;" over "&lt;div class="mainwrap single-default sidebar"&gt;…&lt;h2 class="title"&gt;&lt;a
/// rel="bookmark"&gt;Headline&lt;/a&gt;&lt;/h2&gt;…": a theme that sets its post's headline as an h2 and no h1 at all. On such a
/// page the one h2 whose words are the document title's first part (the site's name after it) is the headline, as an
/// h1 would be: the wrapper holding it and most of the text is the main column, whatever layout word its class holds
/// (LayoutClassMainColumn). Two such h2s (a list of posts under a title that repeats one) name no headline.
/// </summary>
internal static class DocumentTitleLeadH2
{
    /// <summary>The h2 that repeats the document title's lead part, on a page with no h1; null when none or more than one.</summary>
    public static IElement? Find(IDocument document)
    {
        if (DocumentTitleParts.Of(Whitespace.Collapse(document.Title)) is not { Length: >= 2 } parts || parts[0].Length == 0)
        {
            return null;
        }

        IElement? found = null;
        foreach (var heading in document.GetElementsByTagName("h2"))
        {
            // Cheap before the text is collapsed: a heading far longer than the part is not it.
            var text = heading.TextContent;
            if (text.Length > parts[0].Length * 2 + 40 || !Whitespace.Collapse(text).Trim().Equals(parts[0], StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = heading;
        }

        return found;
    }
}
