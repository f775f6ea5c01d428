using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;Filed Under &lt;a&gt;Local News&lt;/a&gt; &lt;a&gt;Education&lt;/a&gt;&lt;/div&gt;": a tag label, with or without its
/// colon, then only links. A reader sees one tag per link, even where the rendering runs the links together with spaces
/// and no text line could split them; the list the page shows outranks the keywords meta. A label the list does not
/// know ("Mehr zum Thema: &lt;a href="/thema/Router"&gt;Router&lt;/a&gt;, …") counts when every link leads to one of the
/// site's topic pages: the label alone also heads a related headline.
/// </summary>
internal static class LabelledTagLinks
{
    private static readonly WordSet Labels = new(["filed under", "tags", "tagged", "tagged with", "topics", "related topics", "keywords"]);

    private static readonly string[] TopicPaths = ["/tag/", "/tags/", "/topic/", "/topics/", "/thema/", "/themen/", "/tema/", "/temas/", "/sujet/", "/schlagwort/"];

    private const int MaxOtherLabelWords = 4;

    /// <summary>Where a site prints rows of its topic pages on every page ("Trending: …", "Hot topics: …"): no story's tags.</summary>
    internal const string SiteWideRows =
        "nav, header, footer, aside, [id*='nav'], [class*='nav'], [id*='menu'], [class*='menu'], [id*='rail'], [class*='rail'], [class*='trending'], [class*='hot-topic'], [class*='popular']";

    public static List<string> Find(IDocument document)
    {
        foreach (var holder in document.QuerySelectorAll("div, p, span"))
        {
            if (holder.FirstChild is not IText label)
            {
                continue;
            }

            var labelText = label.Data.AsSpan().Trim();
            var known = Labels.Contains(labelText.TrimEnd(':').Trim());
            if (!known && !(labelText is [.., ':'] && Words.Count(labelText) <= MaxOtherLabelWords && holder.Nearest(SiteWideRows) is null))
            {
                continue;
            }

            var links = new List<string>();
            foreach (var node in holder.ChildNodes.Skip(1))
            {
                if (node is IElement { LocalName: "a" } link && Whitespace.Collapse(link.TextContent) is { Length: > 0 and < 60 } tag
                    && (known || LeadsToTopicPage(link)))
                {
                    links.Add(tag);
                }
                else if (node is not IText separator || separator.Data.AsSpan().Trim(" ,·|;\u00a0\t\r\n").Length > 0)
                {
                    links.Clear();
                    break;
                }
            }

            if (links.Count > 0)
            {
                return [.. links.Distinct(StringComparer.OrdinalIgnoreCase)];
            }
        }

        return [];
    }

    private static bool LeadsToTopicPage(IElement link) =>
        link.GetAttribute("href") is { } href && TopicPaths.Any(path => href.Contains(path, StringComparison.OrdinalIgnoreCase));
}
