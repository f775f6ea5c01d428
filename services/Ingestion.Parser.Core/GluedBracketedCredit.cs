using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;img src="chart.png"&gt;(image taken from &lt;a&gt;https://example.com&lt;/a&gt;)&lt;/p&gt;": a translated news story
/// credits its chart in brackets glued to the picture, in the picture's own paragraph, with no line break. The bracketed
/// run is the picture's caption entry, as a credit under a line break is (<see cref="PictureParagraphCredit"/>); only a
/// run wholly in brackets that opens with a picture word and names its source ("image taken from", "image via", "image
/// source:", "photo from") counts, so a sentence after a picture stays text. Asked only of a picture in a paragraph.
/// </summary>
internal static class GluedBracketedCredit
{
    private static readonly PrefixSet Openings = new(["(image taken from ", "(images taken from ", "(photo taken from ", "(picture taken from ", "(screenshot taken from ",
        "(image from ", "(photo from ", "(image via ", "(photo via ", "(image source:", "(image source ", "(source of image:"]);

    private const int LongestCredit = 160;

    /// <summary>The node after the picture is text opening with a bracket.</summary>
    public static bool MayOpen(INode? node) => node is IText { Data: var data } && data.AsSpan().TrimStart() is ['(', ..];

    public static bool Is(string text) =>
        text.Length <= LongestCredit && text is ['(', .., ')'] && text.IndexOf(')') == text.Length - 1 && Openings.Matches(text);
}
