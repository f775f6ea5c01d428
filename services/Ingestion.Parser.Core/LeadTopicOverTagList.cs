using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="tags-list"&gt;&lt;li&gt;&lt;a href="/topics/…"&gt;Harbour strike&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;" by the headline and
/// "&lt;h2&gt;Related Topics&lt;/h2&gt;&lt;ul class="tags-list"&gt;…four links…&lt;/ul&gt;" under the text: a template that prints the
/// story's lead topic over it and its whole tag list under it sets both in the same tag-list box. The first box shows
/// one of the tags, whether it is read as a box or by its label; the later box holding every tag of the first and more
/// is the list a reader reads as the tags. A later box that leaves out a tag of the first is another list (a rail's,
/// another story's), and the first stays.
/// </summary>
internal static class LeadTopicOverTagList
{
    /// <summary>
    /// The tags of the first of the page's tag-list <paramref name="boxes"/> that holds all of the shown row's
    /// <paramref name="tags"/> and more; else <paramref name="tags"/>. Asked only where the page sets two such boxes; the
    /// box the tags were read from (<paramref name="tagsBox"/>, when they were) is not read again.
    /// </summary>
    public static List<string> WholeList(IHtmlCollection<IElement> boxes, List<string> tags, Func<IElement, List<string>> read, IElement? tagsBox = null)
    {
        if (boxes.Length < 2 || tags.Count == 0)
        {
            return tags;
        }

        foreach (var box in boxes)
        {
            if (box == tagsBox)
            {
                continue;
            }

            var others = read(box);
            if (others.Count > tags.Count && HoldsAll(others, tags))
            {
                return others;
            }
        }

        return tags;
    }

    private static bool HoldsAll(List<string> others, List<string> tags)
    {
        foreach (var tag in tags)
        {
            if (!others.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
