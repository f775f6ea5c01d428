using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div ng-if="!edition || articles[0].rawType != 'guide'"&gt;&lt;div itemprop="articleBody"&gt;&lt;p&gt;…&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;":
/// a page its server rendered from the same template its script uses keeps the conditions on the blocks it chose to
/// fill (the headline's, the byline's, the text's), and its placeholders in the blocks the script fills later (a view
/// count, a comment slider). The blocks an unrendered template shows only when a condition holds are an editor's
/// toolbar, an empty state, a heading: a few words. A conditional block that holds paragraphs of prose was rendered,
/// so the page's conditions were evaluated: <see cref="UnrenderedTemplateText"/> then removes its placeholders only,
/// and no conditional block, the headline's and the byline's kept with the text's.
/// </summary>
internal static class ConditionalBlockWithProse
{
    private const int MinParagraphs = 2;

    private const int MinWords = 12;

    public static bool Is(IElement block)
    {
        var found = 0;
        foreach (var paragraph in block.SelectAll("p"))
        {
            var text = paragraph.TextContent.AsSpan().Trim();
            if (Words.CountUpTo(text, MinWords) >= MinWords && Words.EndsSentence(text) && ++found >= MinParagraphs)
            {
                return true;
            }
        }

        return false;
    }
}
