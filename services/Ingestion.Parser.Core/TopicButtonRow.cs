using System.Buffers;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;button onclick="location.href='/news/topics/ferries'"&gt;Ferries&lt;/button&gt;&amp;nbsp;&lt;button
/// onclick="location.href='/news/topics/harbours'"&gt;Harbours&lt;/button&gt;": the story's topics set under the text as a
/// row of buttons, each opening the topic's page by script rather than as a link. The row names the story's tags as a row
/// of topic links does; the fallback that reads links into topic pages sees no link in it, and took the section kicker's
/// one topic link over the headline for the only tag. Two buttons at least, side by side in one parent, each going to a
/// topic page; a site-wide row (menu, rail, footer) names no story's tags.
/// </summary>
internal static class TopicButtonRow
{
    private const string Buttons = "button[onclick]";

    private static readonly SearchValues<string> TopicPaths = SearchValues.Create(
        ["/tag/", "/tags/", "/topics/", "/topic/", "/thema/", "/tema/"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A tag is a word or a few; a longer button label is an action or a headline.</summary>
    private const int LongestTag = 60;

    private const int FewestButtons = 2;

    public static List<string> Tags(IDocument document)
    {
        var tags = new List<string>();
        IElement? row = null;
        foreach (var button in document.SelectAll(Buttons))
        {
            if (!OpensTopicPage(button.GetAttribute("onclick")) || (row is not null && button.ParentElement != row) || SiteWideRow.Holds(button))
            {
                continue;
            }

            var tag = Whitespace.Collapse(button.TextContent);
            if (tag.Length is 0 or >= LongestTag)
            {
                continue;
            }

            row ??= button.ParentElement;
            if (!Holds(tags, tag))
            {
                tags.Add(tag);
            }
        }

        return tags.Count >= FewestButtons ? tags : [];
    }

    /// <summary>"location.href='/news/topics/coronavirus'", "window.location='/tag/ferries/'".</summary>
    private static bool OpensTopicPage(string? script) =>
        script is not null && script.Contains("location", StringComparison.Ordinal) && script.AsSpan().ContainsAny(TopicPaths);

    private static bool Holds(List<string> tags, string tag)
    {
        foreach (var held in tags)
        {
            if (string.Equals(held, tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
