using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;img&gt;&lt;figcaption&gt;Image: Shop.example&lt;/figcaption&gt;&lt;/figure&gt; … &lt;p&gt;Prices are as of writing.&lt;/p&gt;
/// &lt;p&gt;Image: Shop.example&lt;/p&gt;&lt;p&gt;Source: Shop.example&lt;/p&gt;": a shopping column closes its text by crediting the
/// pictures once more, word for word as their figures did, beside its sources. That paragraph credits pictures already
/// shown, not the paragraph above it, which the text reader took for its caption. A paragraph holding no picture whose
/// whole text (at most <see cref="MaxLength"/> characters) is a caption the figures gave leaves the text before it is read.
/// Cost: only when the figures gave captions, per <c>p</c> a look at its first text node and its count of parts; the
/// text is built only for a paragraph of at most four parts opening with a short run, then a set look-up.
/// </summary>
internal static class RepeatedCreditParagraph
{
    /// <summary>Longest credit so read.</summary>
    private const int MaxLength = 80;

    public static void Remove(IDocument document, List<string> captions)
    {
        if (captions.Count == 0)
        {
            return;
        }

        List<IElement>? repeats = null;
        foreach (var paragraph in document.SelectAll("p"))
        {
            // Cheap first: a paragraph opening with a longer run of text than a credit, or of many parts, is none; no text is
            // built for it.
            if (paragraph.FirstChild is IText { Data.Length: > MaxLength } || paragraph.ChildNodes.Length > 4 || paragraph.GetElementsByTagName("img").Length > 0
                || NodeText.IsLongerThan(paragraph, MaxLength * 2))
            {
                continue;
            }

            var text = Whitespace.Collapse(paragraph.TextContent);
            if (text.Length is > 0 and <= MaxLength && captions.Contains(text))
            {
                (repeats ??= []).Add(paragraph);
            }
        }

        foreach (var paragraph in repeats ?? [])
        {
            paragraph.Remove();
        }
    }
}
