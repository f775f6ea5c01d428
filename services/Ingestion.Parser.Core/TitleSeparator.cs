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

    /// <summary>Whether the text before a site's name ends with a spaced mark, its space after it trimmed ("Headline |").</summary>
    public static bool Ends(ReadOnlySpan<char> before) => before is [.., ' ', var mark] && IsMark(mark);
}
