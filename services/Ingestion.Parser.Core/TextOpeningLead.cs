using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;…&lt;/figure&gt;&lt;div class="text"&gt;&lt;p class="intro"&gt;&lt;strong&gt;Het kabinet maakt …&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;…":
/// a bold lead that opens the text's own container, first of its run of paragraphs, is the story's first paragraph,
/// though its class says "intro"; a standfirst stands after the headline, apart from the text's paragraphs.
/// </summary>
internal static class TextOpeningLead
{
    /// <summary>Text paragraphs after it in the same parent: a run, not a lone summary.</summary>
    private const int ParagraphsAfter = 3;

    private const int ParagraphLength = 80;

    public static bool Opens(IElement element)
    {
        if (element.LocalName != "p" || element.PreviousElementSibling is not null)
        {
            return false;
        }

        var paragraphs = 0;
        for (var next = element.NextElementSibling; next is not null && paragraphs < ParagraphsAfter; next = next.NextElementSibling)
        {
            if (next.LocalName == "p" && ShownLength.Of(next.TextContent) > ParagraphLength)
            {
                paragraphs++;
            }
        }

        return paragraphs >= ParagraphsAfter;
    }
}
