namespace Ingestion.Parser.Core;

/// <summary>
/// "Skip to main content" / "Home" / "News" / "Local" / "Sports" / … / "Search", "Home | News | Sports | Business" /
/// "Search", or a text browser's "* Home" / "* News" list: the site's menu over the headline, which a dump of the whole
/// page prints and a dump of the story's region does not. Dropped before the page is read, so that the masthead or the
/// kicker over it still stands right over the headline and no section link is taken for the headline or the site.
/// Only blocks made of nothing but known menu lines (<see cref="SiteMenuLine"/>) go: three links or more, or a bar row.
/// </summary>
internal static class SiteMenuBlock
{
    /// <summary>The menu stands in the page's head: the scan ends at the first line of prose this long, or a sentence this long.</summary>
    private const int ProseLength = 160;

    private const int SentenceLength = 60;

    private const int MinItems = 3;

    public static List<TextLine> Remove(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        var dropped = false;
        var i = 0;
        while (i < lines.Count && !IsProse(lines[i].Text))
        {
            var blockEnd = BlockEnd(lines, i, out var hasRow);
            var size = blockEnd - i;
            // "Search" under the block after a blank line: the search box's button; the skip link on the page's first line.
            var drop = size >= MinItems || hasRow || (size == 1 && ((dropped && IsSearchButton(lines[i].Text)) || (i == 0 && IsSkipLink(lines[i].Text))));
            if (size > 0 && drop)
            {
                result ??= lines.GetRange(0, i);
                dropped = true;
                i = blockEnd;
                // One blank line stays between what stood over the menu and what stands under it.
                if (i < lines.Count && lines[i].IsBlank && (result.Count == 0 || result[^1].IsBlank))
                {
                    i++;
                }

                continue;
            }

            if (size == 0)
            {
                dropped &= lines[i].IsBlank;
                result?.Add(lines[i]);
                i++;
                continue;
            }

            dropped = false;
            for (var k = i; k < blockEnd; k++)
            {
                result?.Add(lines[k]);
            }

            i = blockEnd;
        }

        if (result is null)
        {
            return lines;
        }

        result.AddRange(lines.Skip(i));
        return result;
    }

    /// <summary>The end of the run of menu lines from <paramref name="start"/>: <paramref name="start"/> itself when none is there.</summary>
    private static int BlockEnd(List<TextLine> lines, int start, out bool hasRow)
    {
        hasRow = false;
        var i = start;
        while (i < lines.Count && !lines[i].IsBlank && SiteMenuLine.Is(lines[i].Text))
        {
            hasRow |= lines[i].Text.Contains(" | ", StringComparison.Ordinal) || lines[i].Text.Contains(" · ", StringComparison.Ordinal);
            i++;
        }

        return i;
    }

    private static bool IsProse(string text) => text.Length >= ProseLength || (text.Length >= SentenceLength && Words.EndsSentence(text));

    /// <summary>The search box's button under the menu; a section's name there ("News") is the story's kicker and stays.</summary>
    private static bool IsSearchButton(string text) => text.Equals("Search", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Skip to main content" over the masthead, as the whole page's dump opens; under the masthead it may anchor a mega menu and stays.</summary>
    private static bool IsSkipLink(string text) => text.StartsWith("Skip to ", StringComparison.OrdinalIgnoreCase) && SiteMenuLine.Is(text);
}
