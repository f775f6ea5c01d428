using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;em&gt;Courtesy of Woodland News&lt;/em&gt;&lt;/p&gt;&lt;p&gt;&lt;em&gt;Written by: &lt;a&gt;Julie Brand&lt;/a&gt;&lt;/em&gt;&lt;/p&gt;" opening the
/// text: a site that republishes a story names its source and then its writer. The source line credits the whole story,
/// no picture, so it is neither a caption (as a credit line alone would read) nor text; the writer's line stays for the
/// byline readers.
/// </summary>
internal static class CourtesyOverWriterLine
{
    private static readonly string[] Openings = ["Courtesy of ", "Republished courtesy of ", "Reprinted courtesy of "];
    private static readonly string[] WriterOpenings = ["Written by", "By ", "Words by", "Story by"];

    /// <summary>The source's name is a few words.</summary>
    private const int MaxSourceWords = 6;

    /// <summary>A writer's line is a name or two after its label.</summary>
    private const int MaxWriterWords = 8;

    /// <summary>
    /// Removes each source line over a writer's line that opens a run of paragraphs (no paragraph of text before it).
    /// Read before the furniture goes, which takes the writer's line with the bylines.
    /// </summary>
    public static void Remove(IElement scope)
    {
        foreach (var paragraph in scope.SelectAll("p").ToList())
        {
            if (NodeText.IsShorterThan(paragraph, 120) && IsCourtesy(Whitespace.Collapse(paragraph.TextContent))
                && paragraph.NextElementSibling is { LocalName: "p" } next && IsWriterLine(Whitespace.Collapse(next.TextContent))
                && (paragraph.PreviousElementSibling is not { LocalName: "p" } previous || string.IsNullOrWhiteSpace(previous.TextContent)))
            {
                paragraph.Remove();
            }
        }
    }

    /// <summary>"Courtesy of Woodland News": the opening, then a source of a few words that is no sentence.</summary>
    public static bool IsCourtesy(string text)
    {
        var opening = Array.Find(Openings, candidate => text.StartsWith(candidate, StringComparison.Ordinal));
        if (opening is null)
        {
            return false;
        }

        var source = text.AsSpan(opening.Length).Trim();
        return source.Length > 0 && char.IsUpper(source[0]) && !Words.EndsSentence(source) && Words.Count(source) <= MaxSourceWords;
    }

    /// <summary>"Written by: Julie Brand", "By Dana Ruiz".</summary>
    private static bool IsWriterLine(string text) =>
        Array.Exists(WriterOpenings, opening => text.StartsWith(opening, StringComparison.Ordinal)) && Words.Count(text) <= MaxWriterWords;
}
