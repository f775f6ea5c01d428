using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;…&lt;footer&gt;&lt;div class="content-section"&gt;&lt;h2&gt;You Might Also Like&lt;/h2&gt;…&lt;h2&gt;Categories&lt;/h2&gt;&lt;div&gt;&lt;a
/// href="/categories/budget_living"&gt;Budget Living&lt;/a&gt;, &lt;a …&gt;…&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;&lt;/footer&gt;&lt;/article&gt;": a blog
/// network's post template prints the post's categories under the text, in the article's own footer, as a section
/// heading without a colon over a comma-separated row of links. A visible categories list is the page's tags, as a
/// "Categories:" line is. <see cref="HeadingTagLabelOverLinkBox"/> wants the colon and a box of its own because a
/// colon-less heading elsewhere ("Categories" over a blog sidebar's list of every category) heads the site's navigation;
/// here the heading is the categories label alone, it sits in the footer of an <c>article</c> (HTML's footer of that
/// article, not the site's) with nothing of the site's navigation around the article, and the box after it holds
/// tag-sized links and separators only, most of them leading to category pages ("/category/", "/categories/").
/// </summary>
internal static class CategoriesHeadingInArticleFooter
{
    private const int LongestTag = 60;

    private static readonly string[] CategoryPaths = ["/category/", "/categories/"];

    public static List<string> Find(IDocument document)
    {
        foreach (var heading in document.SelectAll("h2, h3, h4, h5, h6"))
        {
            if (heading.ChildElementCount > 0 || NodeText.IsLongerThan(heading, 40)
                || !CategoryRowBesideTagRow.IsLabel(Whitespace.Collapse(heading.TextContent))
                || heading.NextElementSibling is not { LocalName: "div" or "ul" or "p" } box
                || !IsInArticleFooter(heading))
            {
                continue;
            }

            if (CategoriesIn(box) is { Count: > 0 } categories)
            {
                return categories;
            }
        }

        return [];
    }

    /// <summary>
    /// Whether the nearest site-wide row around the heading is the footer of an <c>article</c> that sits in no site-wide
    /// row itself: the post's own footer, which the site-wide test takes for the page's.
    /// </summary>
    private static bool IsInArticleFooter(IElement heading)
    {
        if (heading.Nearest(LabelledTagLinks.SiteWideRows) is not { LocalName: "footer" } footer)
        {
            return false;
        }

        for (var ancestor = footer.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "article")
            {
                return ancestor.Nearest(LabelledTagLinks.SiteWideRows) is null;
            }
        }

        return false;
    }

    /// <summary>The box's link texts when it holds links and separators only, most of them leading to category pages.</summary>
    private static List<string>? CategoriesIn(IElement box)
    {
        var categories = new List<string>();
        var categoryLinks = 0;
        foreach (var link in box.SelectAll("a"))
        {
            if (Whitespace.Collapse(link.TextContent) is not { Length: > 0 and < LongestTag } category)
            {
                return null;
            }

            categories.Add(category);
            categoryLinks += LeadsToCategoryPage(link) ? 1 : 0;
        }

        if (categories.Count == 0 || categoryLinks * 2 <= categories.Count)
        {
            return null;
        }

        foreach (var text in box.Descendants<IText>())
        {
            if (text.ParentElement?.Nearest("a") is null && text.Data.AsSpan().Trim(" ,·|;\u00a0\t\r\n").Length > 0)
            {
                return null;
            }
        }

        return [.. categories.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static bool LeadsToCategoryPage(IElement link)
    {
        if (link.GetAttribute("href") is not { } href)
        {
            return false;
        }

        foreach (var path in CategoryPaths)
        {
            if (href.Contains(path, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
