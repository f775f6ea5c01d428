using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h2&gt;Night Shift&lt;/h2&gt;&lt;span&gt;by&lt;/span&gt;&lt;h3&gt;&lt;a href="/profile/4411"&gt;Wrenfield&lt;/a&gt;&lt;/h3&gt;&lt;h1&gt;Chapter Nine: …&lt;/h1&gt;":
/// a serial's chapter page prints the work's title, "by" alone and the writer's pen name as headings of their own beside
/// the chapter's headline. Read as lines, "by" names nobody and the pen name is one word, so a button under the headline
/// ("Serial Index") was taken for the writer. The element right after a lone "by" among the headline's siblings, a short
/// link to the writer's page, names the writer.
/// </summary>
internal static class ByLabelBesideHeadline
{
    private const int LongestName = 40;

    /// <summary>How many siblings before or after the headline are looked at.</summary>
    private const int Reach = 5;

    public static string? Find(IDocument document)
    {
        if (document.Body?.SelectFirst("h1") is not { ParentElement: { } row } headline)
        {
            return null;
        }

        var siblings = row.Children.ToList();
        var at = siblings.IndexOf(headline);
        for (var i = Math.Max(0, at - Reach); i < Math.Min(siblings.Count - 1, at + Reach); i++)
        {
            if (siblings[i] != headline && string.Equals(Whitespace.Collapse(siblings[i].TextContent), "by", StringComparison.OrdinalIgnoreCase)
                && siblings[i + 1] is var name && name != headline && NameOf(name) is { } writer)
            {
                return writer;
            }
        }

        return null;
    }

    /// <summary>The element's text when it is one short link and nothing else: a pen name or a writer's name, no sentence.</summary>
    private static string? NameOf(IElement element)
    {
        var text = Whitespace.Collapse(element.TextContent);
        return text.Length is > 1 and <= LongestName && !Words.HasDigit(text) && Words.Count(text) <= 4
            && element.SelectAll("a") is [var link] && Whitespace.Collapse(link.TextContent) == text
            ? text
            : null;
    }
}
