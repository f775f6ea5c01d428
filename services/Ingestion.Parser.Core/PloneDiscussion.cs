using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Plone's comments (plone.app.discussion, Plone 4.1 and later): "div.discussion" holds every comment flat, each a
/// "div.comment" whose "replyTreeLevelN" class gives its depth in the thread, under no heading and with no count. Its
/// class names no comments, so the usual containers miss it.
/// </summary>
internal static class PloneDiscussion
{
    /// <summary>The "div.discussion" box that holds Plone's comments, or null.</summary>
    public static IElement? ThreadIn(IDocument document) =>
        document.SelectAll("div.discussion").FirstOrDefault(box => box.SelectFirst("div.comment[class*='replyTreeLevel']") is not null);
}
