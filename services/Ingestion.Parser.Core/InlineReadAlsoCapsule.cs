using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;… à la violence ».&lt;br/&gt;&lt;span class="Capsule"&gt;&lt;span&gt;À LIRE AUSSI&lt;/span&gt; &lt;strong&gt;&lt;a&gt;Other
/// headline&lt;/a&gt;&lt;/strong&gt;&lt;/span&gt;C'est ce que …&lt;/p&gt;": a "read also" capsule a template floats inside a paragraph of
/// the text, beside its words. The teaser-paragraph and citation rules judge whole paragraphs and boxes, so the capsule's
/// label and the other story's headline ran into the paragraph ("À LIRE AUSSI Other headlineC'est ce que …"). An inline
/// element directly in a paragraph whose words are only a "read also" label (<see cref="ReadAlsoCitation"/>'s) and one
/// link's headline is no part of the text; the paragraph keeps the rest. A sentence that names the label and goes on, or
/// a capsule holding more than its link, stays. Cost: one walk over the text box's elements; words are gathered only for
/// a span, strong or em child of a paragraph that holds a link.
/// </summary>
internal static class InlineReadAlsoCapsule
{
    /// <summary>A headline, not an icon or a "»" arrow, as <see cref="ReadAlsoCitation"/> wants.</summary>
    private const int MinLinkTextLength = 10;

    /// <summary>A label and one headline.</summary>
    private const int MaxLength = 300;

    public static void Remove(IElement root)
    {
        List<IElement>? capsules = null;
        foreach (var element in root.Descendants<IElement>())
        {
            if (element.ParentElement is { LocalName: "p" } && element.LocalName is "span" or "strong" or "em" && IsCapsule(element))
            {
                (capsules ??= []).Add(element);
            }
        }

        if (capsules is null)
        {
            return;
        }

        foreach (var capsule in capsules)
        {
            capsule.Remove();
        }
    }

    private static bool IsCapsule(IElement element)
    {
        IElement? link = null;
        foreach (var descendant in element.Descendants<IElement>())
        {
            if (descendant.LocalName == "a")
            {
                if (link is not null)
                {
                    return false;
                }

                link = descendant;
            }
        }

        if (link is null || NodeText.IsLongerThan(element, MaxLength))
        {
            return false;
        }

        var text = Whitespace.Collapse(element.TextContent);
        var linkText = Whitespace.Collapse(link.TextContent);
        if (linkText.Length < MinLinkTextLength || !text.EndsWith(linkText, StringComparison.Ordinal) || !ReadAlsoCitation.OpensWithLabel(text))
        {
            return false;
        }

        // The words before the headline are the label alone ("À LIRE AUSSI"), not a sentence that opens with it.
        var label = text.AsSpan(0, text.Length - linkText.Length).Trim();
        return Words.Count(label) <= 3 && ReadAlsoCitation.OpensWithLabel(string.Concat(label, " "));
    }
}
