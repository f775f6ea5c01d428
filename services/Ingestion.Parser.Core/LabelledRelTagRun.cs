using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="entry-meta"&gt;&lt;time&gt;…&lt;/time&gt; by &lt;a rel="author"&gt;Name&lt;/a&gt; | カテゴリー &lt;a rel="category tag"&gt;社会&lt;/a&gt; |
/// タグ &lt;a rel="tag"&gt;政治&lt;/a&gt;, &lt;a rel="tag"&gt;経済&lt;/a&gt;&lt;/div&gt;": a WordPress entry meta sets the byline, the category and
/// the tags in one row. The row as a whole is no tag row (<see cref="TagListBox.RelTagRow"/> refuses it), but the run of
/// links marked exactly rel="tag" right after a tag label ("タグ", "Tags:", "Tagged") is the post's tag list, shown, so it
/// outranks the site's keywords meta as a tag row of its own does. WordPress marks a category's link "category tag", so
/// the category is no part of the run; a run with no label before it is not read so.
/// </summary>
internal static class LabelledRelTagRun
{
    private const int LongestTag = 60;
    private const int LongestLabel = 40;

    /// <summary>The run's tags, or an empty list when <paramref name="first"/> opens no labelled run.</summary>
    public static List<string> Find(IElement first)
    {
        // The label: the text right before the first tag link, after the row's last separator ("… | タグ ").
        if (first.PreviousSibling is not IText { } before)
        {
            return [];
        }

        var label = before.Data.AsSpan().Trim();
        var bar = label.LastIndexOfAny('|', '｜');
        label = (bar >= 0 ? label[(bar + 1)..] : label).Trim().TrimEnd(":：").TrimEnd();
        if (label.Length is 0 or > LongestLabel || !IsTagLabel(label.ToString()))
        {
            return [];
        }

        var tags = new List<string>();
        for (INode? node = first; node is not null; node = node.NextSibling)
        {
            if (node is IElement element)
            {
                if (element.LocalName != "a" || element.GetAttribute("rel") != "tag")
                {
                    break;
                }

                var tag = Whitespace.Collapse(element.TextContent);
                if (tag.Length is > 0 and < LongestTag && !tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
                {
                    tags.Add(tag);
                }
            }
            else if (node is IText text && text.Data.AsSpan().Trim().Trim(",，、").Length > 0)
            {
                // Any word between the links ends the run ("… and tagged A, B by Name").
                break;
            }
        }

        return tags;
    }

    private static bool IsTagLabel(string label) =>
        label is "タグ" or "标签" or "標籤" || LabelledTagLinks.IsKnownLabel(label.ToLowerInvariant());
}
