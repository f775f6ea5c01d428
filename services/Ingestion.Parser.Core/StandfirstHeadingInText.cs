using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="bd"&gt;&lt;h2&gt;A blogger was hacked to death … on Tuesday, the third attack …&lt;/h2&gt;&lt;p&gt;…":
/// a broadcaster's template opens the text's box with its standfirst set as a heading, word for word the page's
/// description. A crosshead is a few words and no description; a first paragraph the description repeats stays text
/// (sites reuse their opening as the summary), as <c>WithoutStandfirst</c> keeps it: only the heading goes.
/// </summary>
internal static class StandfirstHeadingInText
{
    /// <summary>A standfirst is a sentence or two; a heading this long that a description repeats is no crosshead.</summary>
    private const int ShortestStandfirst = 60;

    public static void Remove(IDocument document, List<string> descriptions)
    {
        if (descriptions.Count == 0)
        {
            return;
        }

        foreach (var heading in document.SelectAll("h2, h3").Where(heading => IsStandfirst(heading, descriptions)).ToList())
        {
            heading.Remove();
        }
    }

    private static bool IsStandfirst(IElement heading, List<string> descriptions)
    {
        if (heading.TextContent.Length < ShortestStandfirst || heading.NextElementSibling?.LocalName != "p" || heading.PreviousElementSibling is not null)
        {
            return false;
        }

        var text = Whitespace.Collapse(heading.TextContent);
        return Words.EndsSentence(text) && descriptions.Contains(text);
    }
}
