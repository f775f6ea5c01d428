using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>The head's meta tags, read once per page: metadata is looked up under some twenty names.</summary>
internal sealed class MetaTags
{
    private readonly List<(string? Property, string? Name, string? ItemProp, string Content)> _tags = [];

    public MetaTags(IDocument document)
    {
        if (document.Head is null)
        {
            return;
        }

        foreach (var meta in document.Head.SelectAll("meta"))
        {
            var content = Whitespace.Collapse(ContentOf(meta));
            if (content.Length > 0)
            {
                _tags.Add((meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop"), content));
            }
        }
    }

    /// <summary>
    /// A meta tag's value: its `content`, or, when it has none, its `value` ("&lt;meta value="Le Quotidien"
    /// name="og:site_name"&gt;"). Pages saved by a reader tool that rewrites every meta tag's `content` into `value`
    /// (a whole page's head at once, Open Graph and all) still name their site, title and times; a tag with both keeps
    /// its `content`.
    /// </summary>
    public static string? ContentOf(IElement meta) => meta.GetAttribute("content") ?? meta.GetAttribute("value");

    /// <summary>The content of the first tag that names <paramref name="name"/> as its property, name or itemprop.</summary>
    public string? First(string name) => All(name).FirstOrDefault();

    public IEnumerable<string> All(string name) =>
        _tags.Where(tag => string.Equals(tag.Property, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(tag.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(tag.ItemProp, name, StringComparison.OrdinalIgnoreCase))
            .Select(tag => tag.Content);
}
