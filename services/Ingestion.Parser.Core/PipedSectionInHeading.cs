using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;&lt;div class="entry-section"&gt;&lt;a&gt;Letters to the Editor | &lt;/a&gt;&lt;/div&gt;&lt;span&gt;Letters: Coddling criminals | …&lt;/span&gt;&lt;/h1&gt;":
/// a template prints the section's link before the headline inside the heading, parted by a pipe, and the headline in an
/// element of its own that the metadata's title repeats word for word. The section is no part of the title.
/// </summary>
internal static class PipedSectionInHeading
{
    private const int MaxSectionWords = 6;

    /// <summary>Whether <paramref name="heading"/>, shown as <paramref name="shown"/>, is <paramref name="title"/> after a piped section.</summary>
    public static bool Holds(IElement heading, string shown, string title)
    {
        if (shown.Length <= title.Length + 2 || !shown.EndsWith(title, StringComparison.Ordinal))
        {
            return false;
        }

        var section = shown.AsSpan(0, shown.Length - title.Length).TrimEnd();
        if (section is not [.., '|'] || Words.Count(section.TrimEnd('|')) is 0 or > MaxSectionWords)
        {
            return false;
        }

        foreach (var part in heading.Descendants<IElement>())
        {
            if (!NodeText.IsShorterThan(part, title.Length) && Whitespace.Collapse(part.TextContent) == title)
            {
                return true;
            }
        }

        return false;
    }
}
