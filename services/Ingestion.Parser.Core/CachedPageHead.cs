using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A search engine's cache copy prints its notice ("This is Google's cache of http://…. It is a snapshot of the page as
/// it appeared on 27 Sep 2013 03:12:40 GMT.") before the saved page's own <c>&lt;html&gt;</c>, so a browser has opened
/// the body by the time the page's <c>&lt;head&gt;</c> comes: its <c>og:site_name</c>, description and keywords metas
/// land in the body. They are the page's head all the same, and go back there. So do those of a page whose server printed
/// its warnings before the doctype (<see cref="OutputBeforeDoctype"/>).
/// </summary>
internal static class CachedPageHead
{
    private const string Notice = "This is Google's cache of ";

    private const string NoticeEntity = "This is Google&#39;s cache of ";

    /// <summary>Moves the body's name and property metas (not microdata's <c>itemprop</c> metas) into the head.</summary>
    /// <remarks>A search of the page's source first: other pages pay no walk.</remarks>
    public static void Restore(IDocument document, string html)
    {
        if (document.Head is not { } head || document.Body is not { } body
            || !(html.Contains(Notice, StringComparison.Ordinal) || html.Contains(NoticeEntity, StringComparison.Ordinal) || OutputBeforeDoctype.Precedes(html)))
        {
            return;
        }

        foreach (var meta in body.SelectAll("meta[name], meta[property]").ToList())
        {
            if (!meta.HasAttribute("itemprop") && meta.Nearest("[itemscope]") is null)
            {
                head.AppendChild(meta);
            }
        }
    }
}
