using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline | Site", "Headline – Section", "Headline › Kurier", "Headline « Blog": the marks a page's title (or its
/// sharing title, or its JSON-LD headline) parts the headline from the site or section with, spaced on both sides. One
/// set for every rule that cuts a title there, so a mark one template uses is read alike by all of them.
/// </summary>
internal static class TitleSeparator
{
    private const string MarkCharacters = "|-–—:·•‹›«»";

    private static readonly SearchValues<char> Marks = SearchValues.Create(MarkCharacters);

    /// <summary>What is left between a headline cut out of a title and its site: the marks, spaces, and the full-width bar and hyphen.</summary>
    public static readonly char[] AroundSite = [' ', '｜', '－', .. MarkCharacters];

    public static bool IsMark(char c) => Marks.Contains(c);

    /// <summary>Whether the title's rest after the headline opens with a spaced mark (" | Site").</summary>
    public static bool Opens(ReadOnlySpan<char> rest) => rest is [' ', var mark, ' ', ..] && IsMark(mark);

    /// <summary>Where the first spaced mark stands in a title (the space before it), -1 where none does.</summary>
    public static int FirstIn(ReadOnlySpan<char> title)
    {
        for (var i = 0; i + 2 < title.Length; i++)
        {
            if (Opens(title[i..]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the last spaced mark stands in a title (the space before it), -1 where none does.</summary>
    public static int LastIn(ReadOnlySpan<char> title)
    {
        for (var i = title.Length - 3; i >= 0; i--)
        {
            if (Opens(title[i..]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the text before a site's name ends with a spaced mark, its space after it trimmed ("Headline |").</summary>
    public static bool Ends(ReadOnlySpan<char> before) => before is [.., ' ', var mark] && IsMark(mark);
}
