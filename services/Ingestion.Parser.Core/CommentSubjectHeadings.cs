using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h3 property="dc:title"&gt;&lt;a href="/comment/3100#comment-3100" class="permalink"&gt;About time&lt;/a&gt;&lt;/h3&gt;":
/// Drupal marks a comment's subject, often the first words of its text, as the comment's RDFa title. Bartik prints it
/// under the name and time, where no text rule sees it as a subject; it is no paragraph of the comment. Drupal 8's
/// Bartik drops the RDFa and keeps the shape: "&lt;h3&gt;&lt;a href="/comment/341#comment-341" class="permalink"
/// rel="bookmark"&gt;Traffic study&lt;/a&gt;&lt;/h3&gt;", a heading that is only the comment's permalink.
/// </summary>
internal static class CommentSubjectHeadings
{
    public static void Remove(IElement container)
    {
        foreach (var subject in container.QuerySelectorAll("[property~='dc:title'], h3")
                     .Where(IsSubjectHeading).Where(IsTitleOrPermalinkOnly).ToList())
        {
            subject.Remove();
        }
    }

    private static bool IsTitleOrPermalinkOnly(IElement heading) =>
        heading.HasAttribute("property")
        || (heading.Children.Length == 1 && heading.Children[0].ClassList.Contains("permalink")
            && heading.Children[0].GetAttribute("href")?.Contains("/comment/", StringComparison.Ordinal) == true
            && heading.TextContent.Trim().Length == heading.Children[0].TextContent.Trim().Length);

    private static bool IsSubjectHeading(IElement element) =>
        element.LocalName is "h2" or "h3" or "h4" && element.TextContent.Length < 200 && element.Closest(".comment") is not null;
}
