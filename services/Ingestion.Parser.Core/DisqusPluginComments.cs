using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The copy of a Disqus thread that Disqus's WordPress plugin (2010–2014) served in the page itself, for readers and
/// search engines without scripts: "&lt;div id="dsq-content"&gt;&lt;ul id="dsq-comments"&gt;&lt;li class="comment"
/// id="dsq-comment-4410921"&gt;" holding "&lt;cite id="dsq-cite-…"&gt;Tammy Greer&lt;/cite&gt;" in "div.dsq-comment-header" and the text
/// in "div.dsq-comment-message", replies in a nested "ul.children". It prints no time at all, so read as lines its
/// headers are bare names that no header rule takes; the markup names each part, and is read as it stands.
/// </summary>
internal static class DisqusPluginComments
{
    private const string ItemIdPrefix = "dsq-comment-";

    /// <summary>The thread's comments in page order, or null when the container holds no plugin list.</summary>
    public static IReadOnlyList<ParsedComment>? Read(IElement container)
    {
        var list = container.Id == "dsq-comments" ? container : container.SelectFirst("#dsq-comments");
        if (list is null)
        {
            return null;
        }

        var threader = new CommentThreader();
        foreach (var item in list.SelectAll("li"))
        {
            // "dsq-comment-4410921": the item; "dsq-comment-header-…" and "dsq-comment-body-…" are its parts.
            if (!IsItem(item) || item.SelectFirst(".dsq-comment-message") is not { } message || message.Nearest("li") != item)
            {
                continue;
            }

            var paragraphs = HtmlText.Lines(message).Select(line => Whitespace.Collapse(line.Text).Trim()).Where(text => text.Length > 0).ToList();
            if (paragraphs.Count == 0)
            {
                continue;
            }

            var cite = item.SelectFirst("cite");
            var author = cite is null || cite.Nearest("li") != item ? null : Whitespace.Collapse(cite.TextContent).Trim();
            threader.Add(Depth(item, list), string.IsNullOrEmpty(author) ? null : author, postedAt: null, paragraphs);
        }

        return threader.Finish();
    }

    private static bool IsItem(IElement item)
    {
        var id = item.Id.AsSpan();
        return id.StartsWith(ItemIdPrefix, StringComparison.Ordinal) && id.Length > ItemIdPrefix.Length && char.IsAsciiDigit(id[ItemIdPrefix.Length]);
    }

    /// <summary>How many comment items hold this one, up to the list.</summary>
    private static int Depth(IElement item, IElement list)
    {
        var depth = 0;
        for (var parent = item.ParentElement; parent is not null && parent != list; parent = parent.ParentElement)
        {
            if (parent.LocalName == "li" && IsItem(parent))
            {
                depth++;
            }
        }

        return depth;
    }
}
