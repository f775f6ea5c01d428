using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="sidebar_content"&gt;&lt;div class="post_header"&gt;&lt;h3&gt;Headline&lt;/h3&gt;&lt;/div&gt;…&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;" under
/// "&lt;title&gt;Headline ‹ Site&lt;/title&gt;": an old blog theme sets no h1 (its page-caption h1 is commented out) and prints the
/// post's headline in an h2 or h3, in a main column it names for the sidebar beside it. On a page with no h1, the one
/// h2 or h3 whose words are the document title's part before its separator (or the whole title) is the headline that marks the main column as an
/// h1 would (<see cref="LayoutClassMainColumn"/>). Two such headings are a list of posts, no one headline. A headline of
/// two or three words is taken only before the title's separator ("Paper Timetables – Slipway"): the whole title in
/// so few words may be a section's name that a heading repeats.
/// </summary>
internal static class TitleOpeningSubheading
{
    /// <summary>A headline of fewer words that is the whole title may be a section's name that also opens the title.</summary>
    private const int MinWords = 4;

    /// <summary>Fewest words of a headline the title's separator ends: one word is a section's or a page's name.</summary>
    private const int MinWordsBeforeSeparator = 2;

    private static readonly string[] Levels = ["h2", "h3"];

    /// <summary>The page's one h2 or h3 whose words open the document title; null when none or several do.</summary>
    public static IElement? Find(IDocument document)
    {
        var title = Whitespace.Collapse(document.Title);
        if (Words.CountUpTo(title, MinWordsBeforeSeparator + 1) <= MinWordsBeforeSeparator)
        {
            return null;
        }

        IElement? found = null;
        foreach (var level in Levels)
        {
            foreach (var heading in document.GetElementsByTagName(level))
            {
                var text = Whitespace.Collapse(heading.TextContent).Trim();
                if (text.Length == 0 || !title.StartsWith(text, StringComparison.Ordinal) || !EndsOrSeparates(title.AsSpan(text.Length))
                    || Words.CountUpTo(text, MinWords) < (text.Length == title.Length ? MinWords : MinWordsBeforeSeparator))
                {
                    continue;
                }

                if (found is not null)
                {
                    return null;
                }

                found = heading;
            }
        }

        return found;
    }

    /// <summary>The title's rest after the heading's words: nothing, or a spaced separator before the site ("‹ Site", "| Site").</summary>
    private static bool EndsOrSeparates(ReadOnlySpan<char> rest) =>
        rest.IsEmpty || TitleSeparator.Opens(rest);
}
