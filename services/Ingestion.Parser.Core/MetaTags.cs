using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>The head's meta tags, read once per page: metadata is looked up under some twenty names. A tag that carries its
/// text in a <c>value</c> attribute and has no <c>content</c> ("&lt;meta name="og:site_name" value="…"&gt;", as some page savers
/// and DOM serialisers write every meta of a page) is read from <c>value</c>: the page still states the same facts.</summary>
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
            var content = Whitespace.Collapse(meta.GetAttribute("content") ?? MetaValueAttribute.Content(meta));
            if (content.Length > 0)
            {
                _tags.Add((meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop"), content));
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
