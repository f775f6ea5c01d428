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
            // content="Kim &amp;amp; Lee": a CMS escaped the text before the template escaped it again (EscapedEntityText).
            var content = Whitespace.Collapse(EscapedEntityText.Decoded(meta.GetAttribute("content")));
            if (content.Length > 0)
            {
                // "og:article:author" is "article:author" (OpenGraphArticlePrefix): the names are rewritten once, here.
                _tags.Add((OpenGraphArticlePrefix.Normalize(meta.GetAttribute("property")), OpenGraphArticlePrefix.Normalize(meta.GetAttribute("name")), meta.GetAttribute("itemprop"), content));
            }
        }
    }

    /// <summary>The content of the first tag that names <paramref name="name"/> as its property, name or itemprop.</summary>
    public string? First(string name) => All(name).FirstOrDefault();

    public IEnumerable<string> All(string name) =>
        _tags.Where(tag => string.Equals(tag.Property, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(tag.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(tag.ItemProp, name, StringComparison.OrdinalIgnoreCase))
            .Select(tag => tag.Content);
}
