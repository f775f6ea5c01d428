namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="article_author" content="Name, Site | Paper"&gt;", "&lt;meta name="article_date_original" content="Tuesday,
/// November 18, 2014,  9:33 AM"&gt;": a template that fills Google's PageMap document attributes (the "&lt;PageMap&gt;&lt;DataObject
/// type="document"&gt;" comment beside them) repeats each as a head meta of the same name. Most of its pages show the byline
/// and the time as well, and those are read first; a gallery page that shows neither (its slides are the whole story) has
/// only these metas for the writer and the time. Read after the usual names, so a page with an "author" meta or a
/// published-time meta is read as before. The date is the local clock the template prints, with no zone.
/// </summary>
internal static class PageMapArticleMetas
{
    /// <summary>The meta holding the time the story was first published.</summary>
    public const string PublishedName = "article_date_original";

    /// <summary>The meta naming the writer, with the site after a comma, as the byline prints it.</summary>
    public static string? Author(MetaTags meta) => meta.First("article_author");
}
