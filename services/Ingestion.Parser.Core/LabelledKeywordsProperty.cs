using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="entry-terms" itemprop="keywords"&gt;Tagged &lt;a rel="tag"&gt;hiring&lt;/a&gt;, &lt;a rel="tag"&gt;accessibility&lt;/a&gt;&lt;/span&gt;":
/// a theme marks the whole tag row as the keywords property, its label included. Read as the property's text, the
/// label ran into the first tag ("Tagged hiring"); a known tag label before the row's links, with or without its colon,
/// is no part of the value.
/// </summary>
internal static class LabelledKeywordsProperty
{
    public static string? Value(IElement property, string? value)
    {
        if (value is null || property.LocalName == "meta" || property.SelectFirst("a") is null
            || property.ChildNodes.FirstOrDefault(node => node is IElement || (node is IText text && !string.IsNullOrWhiteSpace(text.Data))) is not IText label)
        {
            return value;
        }

        var labelText = Whitespace.Collapse(label.Data);
        if (!LabelledTagLinks.IsKnownLabel(labelText.TrimEnd(':').Trim()) || !value.StartsWith(labelText, StringComparison.Ordinal))
        {
            return value;
        }

        return value[labelText.Length..].TrimStart(':', ' ');
    }
}
