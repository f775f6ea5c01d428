using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A link into the site's topic pages that is no tag of the story, for the last resort that takes such links as tags
/// when the page marks no tag list: a box of links and nothing else ("more from the paper: &lt;a href="/news"&gt;Breaking
/// news&lt;/a&gt;&lt;a href="/world/us"&gt;US News&lt;/a&gt;…&lt;a href="/topics/Mayor-Ruiz"&gt;Mayor Ruiz&lt;/a&gt;", a "Quick Links" or
/// "featured keywords" cloud) where other links lead to sections or stories: a tag row's links all lead to topic
/// pages. And a link to the topic directory itself ("&lt;a href="/topics/?ref=box"&gt;All topics&lt;/a&gt;"), the index of
/// them all. A topic link standing alone in its box, or in a box of topic links only, is asked no further.
/// </summary>
internal static class TopicLinkInLinkCloud
{
    private static readonly string[] TopicDirectories = ["/tag", "/tags", "/topic", "/topics", "/thema", "/tema"];

    public static bool Is(IElement link) => LeadsToTopicIndex(link.GetAttribute("href")) || InMixedLinkBox(link);

    /// <summary>"/topics/?ref=box", "https://example.com/tags/": the topic directory itself.</summary>
    internal static bool LeadsToTopicIndex(string? href)
    {
        if (href is null)
        {
            return false;
        }

        var path = href.AsSpan();
        var end = path.IndexOfAny('?', '#');
        path = (end >= 0 ? path[..end] : path).TrimEnd('/');
        foreach (var directory in TopicDirectories)
        {
            if (path.EndsWith(directory, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The link's nearest box holding another link holds links only, one of them leading elsewhere than to a topic page.</summary>
    private static bool InMixedLinkBox(IElement link)
    {
        for (var box = link.ParentElement; box is not null && box.LocalName is not ("body" or "html"); box = box.ParentElement)
        {
            var links = box.GetElementsByTagName("a");
            if (links.Length < 2)
            {
                continue;
            }

            var elsewhere = false;
            foreach (var other in links)
            {
                if (!LabelledTagLinks.LeadsToTopicPage(other))
                {
                    elsewhere = true;
                    break;
                }
            }

            return elsewhere && HoldsLinkTextOnly(box);
        }

        return false;
    }

    private static bool HoldsLinkTextOnly(IElement box)
    {
        foreach (var text in box.Descendants<IText>())
        {
            if (text.Data.AsSpan().Trim(" ,·|;\u00a0\t\r\n").Length > 0 && text.ParentElement?.Nearest("a") is null)
            {
                return false;
            }
        }

        return true;
    }
}
