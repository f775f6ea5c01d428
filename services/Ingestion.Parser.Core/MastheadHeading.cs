using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;title&gt;Quarry neighbors ask state to halt blasting • Stonefield Valley News&lt;/title&gt;" over "&lt;h1&gt;Stonefield Valley
/// News&lt;/h1&gt;" in the banner and "&lt;h2 class="story-title"&gt;Quarry neighbors …&lt;/h2&gt;" under it: templates of forum
/// software and of the hand-made sites of the 2000s give the page's one h1 to the site's name. When the h1 is one part of
/// the document title and a later heading shows the other part, the h1 is the masthead and the later heading the headline.
/// </summary>
internal static class MastheadHeading
{
    private static readonly string[] TitleSeparators = [" • ", " | ", " - ", " – ", " — ", " :: ", " · ", " » "];

    /// <summary>The headline shown under an h1 that is the site's name, or null.</summary>
    public static string? HeadlineUnder(IDocument document, IElement heading)
    {
        var full = Whitespace.Collapse(document.Title);
        var parts = full.Split(TitleSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var name = Whitespace.Collapse(heading.TextContent);
        // "<title>Babies Who Swim Early May Fear Water Less</title>" over "<h1>Parenting Health Center</h1>" in the
        // section's title bar and "<h2>Babies Who Swim Early …</h2>" over the byline: a health portal gives the h1 to the
        // section the story sits in. A short h1 that no word of the document title repeats, over a heading showing the
        // whole document title before the text, is the section's name; the later heading is the headline.
        if (parts.Length == 1 && Words.Count(name) is > 0 and <= MostSectionWords && Words.Count(full) > MostSectionWords
            && !SharesWord(full, name) && IsShownBeforeText(document, heading, full))
        {
            return full;
        }

        if (parts.Length != 2 || name.Length == 0 || !parts.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        var headline = parts[0] == name ? parts[1] : parts[0];
        return Words.Count(headline) >= 3 && IsShownBeforeText(document, heading, headline) ? headline : null;
    }

    /// <summary>"Parenting Health Center", "Sleep Health Center": a section's name in a title bar.</summary>
    private const int MostSectionWords = 4;

    /// <summary>
    /// "Guides and Resources" over "Riptides: What They Are and How You Escape Them": the joining words a section's
    /// name and a headline both use tell nothing of whether they name the same thing.
    /// </summary>
    private static readonly WordSet JoiningWords = new(["and", "the", "for", "with", "from"]);

    /// <summary>Whether a word of three letters or more in <paramref name="name"/>, not a joining word, is also in <paramref name="title"/>.</summary>
    private static bool SharesWord(string title, string name)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range].Trim(".,:;!?\"'“”‘’()");
            if (word.Length >= 3 && !JoiningWords.Contains(word) && title.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a heading after the h1 shows the headline before any paragraph of text: a site's name repeated in a
    /// heading under the story (a footer's "About the Daily Planet") leaves the story's own h1 its headline.
    /// </summary>
    private static bool IsShownBeforeText(IDocument document, IElement masthead, string headline)
    {
        foreach (var element in DocumentOrder.Elements(document.DocumentElement).SkipWhile(element => element != masthead).Skip(1))
        {
            if (element.LocalName is "h1" or "h2" or "h3" && Whitespace.Collapse(element.TextContent) == headline)
            {
                return true;
            }

            if (element.LocalName == "p" && NodeText.IsLongerThan(element, 80))
            {
                return false;
            }
        }

        return false;
    }
}
