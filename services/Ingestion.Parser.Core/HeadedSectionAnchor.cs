using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="section" id="sharing-with-a-single-developer"&gt;&lt;h2&gt;Sharing with a single developer¶&lt;/h2&gt;&lt;p&gt;…":
/// documentation generators (docutils and Sphinx, pandoc's "&lt;section id=… class="level2"&gt;") wrap each section of the
/// text in a box whose id is the slug of the heading opening it, the anchor a table of contents jumps to. A furniture
/// word in that slug ("sharing", "tools", "support") is a word of the heading, not the name of a share or tool box:
/// the box is text when its id spells its heading whole and it holds paragraphs of prose, which a share, related or
/// newsletter box headed "Share this story" never does. <see cref="HeadingTextAnchor"/> reads the same anchor on a
/// heading itself.
/// </summary>
internal static class HeadedSectionAnchor
{
    /// <summary>A slug of a word or two ("share-this", "related-posts") is a box's name as often as a heading's.</summary>
    private const int MinSlugWords = 3;

    private const int LongestHeading = 200;

    private const int MinParagraphs = 2;

    private const int MinWords = 12;

    public static bool Is(IElement element)
    {
        if (element.LocalName is not ("div" or "section") || element.Id is not { Length: > 0 } id
            || element.FirstElementChild is not { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } heading
            || NodeText.IsLongerThan(heading, LongestHeading) || !SpellsWhole(id, heading.TextContent))
        {
            return false;
        }

        var found = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            var text = paragraph.TextContent.AsSpan().Trim();
            if (paragraph.Closest("a") is null && Words.CountUpTo(text, MinWords) >= MinWords && Words.EndsSentence(text) && ++found >= MinParagraphs)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the id's parts are the heading's words, in order and all of them, its marks ("¶", ":") dropped.</summary>
    private static bool SpellsWhole(string id, string heading)
    {
        var idParts = id.Split(['-', '_', '.', ':'], StringSplitOptions.RemoveEmptyEntries);
        if (idParts.Length < MinSlugWords)
        {
            return false;
        }

        var next = 0;
        foreach (var raw in heading.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.AsSpan().Trim("¶:;,.!?\"'()“”‘’");
            if (word.IsEmpty)
            {
                continue;
            }

            // "Step-by-step setup" is slugged "step-by-step-setup": a hyphened word spans as many parts.
            foreach (var piece in word.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (next >= idParts.Length || !piece.Equals(idParts[next], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                next++;
            }
        }

        return next == idParts.Length;
    }
}
