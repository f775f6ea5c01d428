using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A page with no marked content root and a story of a few short paragraphs: the footer's notices or a row of teasers
/// hold more prose than the story does. WordPress and its plugins write the description meta from the post's own text,
/// its first words cut at a length and marked "…", and such an excerpt runs on past the first paragraph ("Cartoonist
/// Dana Reyes drew … Click through for the whole thing. The strip we love (via Geeks …") or stops inside it. The block
/// holding the paragraph the excerpt opens is the story's. A description that is a paragraph whole, neither running on
/// nor cut, is a standfirst printed apart, and proves nothing.
/// </summary>
internal static class ExcerptOpensBlock
{
    /// <summary>Shorter openings match too easily ("The city council voted …").</summary>
    private const int MinOpening = 60;

    private static readonly string[] CutMarks = ["[…]", "[...]", "…", "..."];

    public static IElement? Find(IDocument document, IReadOnlyList<string> descriptions)
    {
        // The metadata's description may be a microdata item's ("<meta itemprop="description">", the headline again); the
        // excerpt is the named one's.
        var named = document.Head?.SelectFirst("meta[name='description']")?.GetAttribute("content") is { Length: > 0 } content ? Whitespace.Collapse(content) : null;
        foreach (var description in named is null || descriptions.Contains(named) ? descriptions : [.. descriptions, named])
        {
            var excerpt = description.AsSpan().Trim();
            var cut = false;
            foreach (var mark in CutMarks)
            {
                if (excerpt.EndsWith(mark, StringComparison.Ordinal))
                {
                    excerpt = excerpt[..^mark.Length].TrimEnd();
                    cut = true;
                    break;
                }
            }

            if (excerpt.Length < MinOpening)
            {
                continue;
            }

            var opening = excerpt[..MinOpening];
            foreach (var paragraph in document.SelectAll("p"))
            {
                var text = paragraph.TextContent;
                if (text.Length < MinOpening)
                {
                    continue;
                }

                var shown = Whitespace.Collapse(text);
                if (!shown.AsSpan().StartsWith(opening, StringComparison.Ordinal))
                {
                    continue;
                }

                // Run on past the paragraph into the next, or cut inside it.
                var runsOn = excerpt.Length > shown.Length + 10 && excerpt.StartsWith(shown, StringComparison.Ordinal);
                var cutInside = cut && shown.Length > excerpt.Length && shown.AsSpan().StartsWith(excerpt, StringComparison.Ordinal);
                if ((runsOn || cutInside) && paragraph.ParentElement is { LocalName: not ("body" or "html") } block)
                {
                    return block;
                }
            }
        }

        return null;
    }
}
