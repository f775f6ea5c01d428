namespace Ingestion.Parser.Core;

/// <summary>
/// "Carlisle Washington Bureau" / "Contact Us" / "About Us" / "Privacy Policy" / "Copyright © 2013 Carlisle DC. All rights
/// reserved.": a page's footer prints the publisher's name over its links and the copyright notice, run together with no
/// blank line between. In such a run, closed by the notice, its other lines two footer links or more, the name is
/// furniture as the links are.
/// </summary>
internal static class FooterRunOverCopyright
{
    private const int LongestLine = 60;

    private const int LongestNotice = 120;

    private const int FewestLinks = 2;

    /// <remarks>The notice may stand past the article's end, where the page's footer is cut off: the run is read to the page's end.</remarks>
    public static bool Has(PageLines lines, int index)
    {
        if (!IsShortLine(lines[index].Text))
        {
            return false;
        }

        var first = index;
        while (first > 0 && !lines[first - 1].IsBlank && IsShortLine(lines[first - 1].Text))
        {
            first--;
        }

        var links = 0;
        for (var i = first; i < lines.Count && !lines[i].IsBlank; i++)
        {
            if (IsNotice(lines[i].Text))
            {
                return links >= FewestLinks && i >= index;
            }

            // Only the publisher's name, first in the run, is no link: a tag list run into the footer stays the article's.
            if (!IsShortLine(lines[i].Text) || (i > first && !lines.IsBoilerplate(i)))
            {
                return false;
            }

            links += lines.IsBoilerplate(i) ? 1 : 0;
        }

        return false;
    }

    private static bool IsShortLine(string text) => text.Length <= LongestLine && !Words.EndsSentence(text);

    private static bool IsNotice(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length <= LongestNotice && CopyrightNotice.Opens(trimmed);
    }
}
