using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="tags-container"&gt;&lt;a class="first-tag" href="/tag/harbour"&gt;Filed to: &lt;span&gt;harbour&lt;/span&gt;&lt;/a&gt;
/// &lt;div class="taglist"&gt;&lt;a&gt;storms&lt;/a&gt;…": a blog network prints the tag list's label inside its first link, the
/// first tag after it, and the other tags in a dropdown. The link names the tag "harbour"; the label ("Filed to:", "Tags:",
/// the labels <see cref="TagLineParser"/> knows) is no part of it, and the whole text is no tag. Cost: once per tag link,
/// a colon search, and a prefix match only for a text holding one.
/// </summary>
internal static class LabelInsideTagLink
{
    public static string Text(IElement link) => TagLineParser.WithoutLabel(Whitespace.Collapse(link.TextContent));

    /// <summary>
    /// The first tag, where the link that opens <paramref name="box"/> as a dropdown (by its id in "data-dropdown",
    /// "aria-controls" or "data-target") reads as a tag label and a tag ("Filed to: harbour"); else null. Cost: once per
    /// page that has a tag list box with an id.
    /// </summary>
    public static string? OpenerTag(IDocument document, IElement box)
    {
        if (box.Id is not { Length: > 0 } id)
        {
            return null;
        }

        foreach (var opener in document.SelectAll("a[data-dropdown], a[aria-controls], a[data-target]"))
        {
            var target = opener.GetAttribute("data-dropdown") ?? opener.GetAttribute("aria-controls") ?? opener.GetAttribute("data-target");
            if (target is null || !target.AsSpan().TrimStart('#').SequenceEqual(id))
            {
                continue;
            }

            var text = Whitespace.Collapse(opener.TextContent);
            return TagLineParser.WithoutLabel(text) is { Length: > 0 } tag && tag.Length < text.Length ? tag : null;
        }

        return null;
    }
}
