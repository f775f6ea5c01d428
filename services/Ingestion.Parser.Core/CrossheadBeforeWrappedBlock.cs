using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="group-container"&gt;&lt;h4 class="subtitle"&gt;How the harbour won the trade&lt;/h4&gt;&lt;div class="group"
/// itemprop="articleBody"&gt;&lt;p&gt;…": a business news site sets each section of the story in a wrapper of its own, its
/// crosshead over the section's text block. <see cref="SplitBodyBlocks"/> joins the later text blocks to the first and
/// leaves what stands between them (a chart, an ad); the crosshead is the section's heading, a body paragraph as
/// crossheads are (h44), so it goes along with its block, in place. Only a heading right before the block in the same
/// wrapper, short, holding no link, is taken: a "Related" link heading or a chart's title in a box of its own is not.
/// Cost: per joined block, one sibling test and, for a heading, a text collapse.
/// </summary>
internal static class CrossheadBeforeWrappedBlock
{
    private const int MaxLength = 120;

    /// <summary>The crosshead standing right over <paramref name="block"/>, or null.</summary>
    public static IElement? Of(IElement block) => block.PreviousElementSibling is { } previous ? Heading(previous) : null;

    /// <summary><paramref name="candidate"/> when it is a crosshead (a short heading with no link), or null.</summary>
    public static IElement? Heading(IElement candidate)
    {
        if (candidate is not { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading || heading.SelectFirst("a, img") is not null)
        {
            return null;
        }

        var text = Whitespace.Collapse(heading.TextContent);
        return text.Length is > 0 and <= MaxLength && !Words.EndsSentence(text) ? heading : null;
    }
}
