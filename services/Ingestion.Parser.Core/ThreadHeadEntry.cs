using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="row comment author-main-comment"&gt; … By: Writer Name / 12.09.2016 @ 5:51 PM / "Headline of the story"
/// &lt;/div&gt;" over the thread's list: a discussion widget opens the thread with the post itself, the writer as its author
/// and the story's headline in quotes as its text, shaped like a comment. No reader wrote it, so it is no comment, and
/// its lines would otherwise run into the first reader's. Known by a comment-classed box inside the thread, outside its
/// list items and holding none, that holds an element whose words are the page's headline (the first `h1` outside the
/// thread, of four words or more) in quotation marks; a reader's comment quoting the headline says more than it, or
/// stands in the list, and a commenter whose name is the masthead's `h1` (a blog or a paper answering in its own thread)
/// is no quotation. Cost: once per page with a thread: one `h1` lookup and one selector search inside the thread, a text
/// collapse only for a box holding the headline.
/// </summary>
internal static class ThreadHeadEntry
{
    public static void Remove(IDocument document, IElement container)
    {
        var h1 = document.SelectFirst("h1");
        if (h1 is null || container.Contains(h1))
        {
            return;
        }

        var headline = Whitespace.Collapse(h1.TextContent);
        if (headline.Length < 12 || Words.Count(headline) < 4)
        {
            return;
        }

        foreach (var box in container.SelectAll("[class*='comment']").ToList())
        {
            if (box.LocalName is "li" || box.ParentElement?.Nearest("li") is { } item && container.Contains(item) || box.SelectFirst("li") is not null
                || !box.TextContent.Contains(headline, StringComparison.Ordinal) || box.ParentElement is null)
            {
                continue;
            }

            foreach (var element in box.SelectAll("*"))
            {
                if (element.ChildElementCount == 0 && IsQuoted(Whitespace.Collapse(element.TextContent), headline))
                {
                    box.Remove();
                    break;
                }
            }
        }
    }

    /// <summary>"\"Headline\"", "“Headline”": the headline between quotation marks, nothing else.</summary>
    private static bool IsQuoted(string text, string headline) =>
        text.Length == headline.Length + 2 && text[0] is '"' or '“' && text[^1] is '"' or '”'
        && text.AsSpan(1, headline.Length).SequenceEqual(headline);
}
