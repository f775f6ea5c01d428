using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="topic_section"&gt;&lt;h2&gt;Related Topics &lt;span class="title_line"&gt;  ------------&lt;/span&gt;&lt;/h2&gt;&lt;a
/// class="topic_button" href="/topic/ferries"&gt;Ferries&lt;/a&gt; &lt;a href="/topic/harbour"&gt;Harbour&lt;/a&gt;…&lt;/div&gt;": a
/// magazine template heads the story's tag row with a heading whose words are a tag label, a rule of dashes drawn after
/// them in a span of its own, and sets the topic buttons right after the heading in the same box. The row the page shows
/// outranks the <c>article:tag</c> metas, as a labelled row of links does (<see cref="LabelledTagLinks"/>). A heading
/// without a colon heads a box of the site's sections as often ("Related Topics" over "World »", "Business »"), so only
/// links that all lead to the site's topic pages count, two at least, with nothing but separators between them and
/// nothing after them in the box. The site's menus, header, footer and asides hold no story's tag row; a class naming a
/// rail is no sign here, since such a template wraps the text and its rail in one "article_rail_wrapper".
/// </summary>
internal static class RuledHeadingTopicLinks
{
    private const int LongestLabel = 40;

    private const int LongestTag = 60;

    public static List<string> Find(IDocument document)
    {
        foreach (var heading in document.SelectAll("h2, h3, h4"))
        {
            // Asked on every page without a tag row: a heading not followed by a link is dropped before its words are read.
            if (heading.NextElementSibling is not { LocalName: "a" } || NodeText.IsLongerThan(heading, LongestLabel * 3) || LabelOf(heading) is not { } label || !LabelledTagLinks.IsKnownLabel(label)
                || heading.Nearest("nav, header, footer, aside") is not null)
            {
                continue;
            }

            if (LinksAfter(heading) is { Count: > 1 } tags)
            {
                return tags;
            }
        }

        return [];
    }

    /// <summary>The heading's words without the rule drawn after them; null where it holds anything else.</summary>
    private static string? LabelOf(IElement heading)
    {
        foreach (var child in heading.Children)
        {
            if (child.LocalName != "span" || child.ChildElementCount > 0 || !IsRule(child.TextContent))
            {
                return null;
            }
        }

        var words = new System.Text.StringBuilder();
        foreach (var node in heading.ChildNodes)
        {
            if (node is IText text)
            {
                words.Append(text.Data);
            }
        }

        return Whitespace.Collapse(words.ToString()).TrimEnd(':').Trim() is { Length: > 0 and <= LongestLabel } label ? label : null;
    }

    /// <summary>"------------", "— — —": dashes, rules and spaces only, a few at least.</summary>
    private static bool IsRule(string text)
    {
        var marks = 0;
        foreach (var c in text)
        {
            if (c is '-' or '—' or '–' or '_' or '=' or '─')
            {
                marks++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return marks >= 3;
    }

    /// <summary>The texts of the links after the heading up to the end of its box, each leading to a topic page; else null.</summary>
    private static List<string>? LinksAfter(IElement heading)
    {
        var tags = new List<string>();
        for (var node = heading.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IText separator)
            {
                if (separator.Data.AsSpan().Trim(" ,·|;\u00a0\t\r\n").Length > 0)
                {
                    return null;
                }

                continue;
            }

            if (node is not IElement { LocalName: "a" } link || link.ChildElementCount > 0 || !LabelledTagLinks.LeadsToTopicPage(link)
                || Whitespace.Collapse(link.TextContent) is not { Length: > 0 and < LongestTag } tag)
            {
                return null;
            }

            tags.Add(tag);
        }

        return [.. tags.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
