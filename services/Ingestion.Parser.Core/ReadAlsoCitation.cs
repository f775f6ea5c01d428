using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Lire aussi Martine Bulard &amp; Sung Il-kwon, « &lt;a&gt;En Corée, la politique du rayon de soleil&lt;/a&gt; », Le Monde
/// diplomatique, juin 2018.": a "read also" box set in the text, the label without a colon over a citation of the other
/// story (its writers, its linked headline, the paper and the month), in a paragraph or a quotation element of its own.
/// The link is not the box's last words, so the teaser-paragraph rule (a label, then only the link) leaves it; it is no
/// body. The box is short and opens with the label: a sentence of the text never starts "Lire aussi" or "Lesen Sie auch".
/// ReadAlsoSection: the box may be a section of its own ("&lt;section class="catcher"&gt;&lt;span&gt;Lire aussi&lt;/span&gt;
/// &lt;span&gt;&lt;a&gt;Headline&lt;/a&gt;&lt;/span&gt;&lt;/section&gt;"), its label and link in spans, where no paragraph holds them.
/// </summary>
internal static class ReadAlsoCitation
{
    private static readonly PrefixSet Labels = new(
        "lire aussi ", "à lire aussi ", "a lire aussi ", "lire également ", "à lire également ", "voir aussi ", "lesen sie auch ", "read also ", "also read ",
        "lee también ", "leia também ", "leggi anche ");

    private static readonly PhraseSet LabelsAnywhere = new(
        "lire aussi", "lire également", "voir aussi", "lesen sie auch", "read also", "also read", "lee también", "leia também", "leggi anche");

    /// <summary>A citation of one story: writers, headline, paper, date.</summary>
    private const int MaxLength = 300;

    /// <summary>A headline, not an icon or a "»" arrow.</summary>
    private const int MinLinkTextLength = 10;

    /// <summary>Whether the words open with a "read also" label and a space ("À LIRE AUSSI Headline"), in any case.</summary>
    public static bool OpensWithLabel(string text) => Labels.Matches(text);

    public static void Remove(IElement root)
    {
        foreach (var box in root.SelectAll("p, q, blockquote, aside, div, section").Where(IsCitation).ToList())
        {
            box.Remove();
        }
    }

    private static bool IsCitation(IElement box)
    {
        var content = box.TextContent;
        if (ShownLength.Of(content) > MaxLength || box.SelectFirst("p, li, h1, h2, h3, h4, figcaption") is not null)
        {
            return false;
        }

        // The shown words are gathered only for a box that holds a label after other words: most boxes hold none.
        var text = Whitespace.Collapse(content);
        return (Labels.Matches(text) || (LabelsAnywhere.FoundIn(text) && Labels.Matches(ShownText(box))))
            && box.SelectAll("a").Any(link => Whitespace.Collapse(link.TextContent).Length >= MinLinkTextLength);
    }

    /// <summary>
    /// The box's words without what only a screen reader speaks: "&lt;span class="sr-only"&gt;Article réservé à nos
    /// abonnés&lt;/span&gt; Lire aussi" shows the label first. Asked only of a short box whose words do not open with it.
    /// </summary>
    private static string ShownText(IElement box)
    {
        var shown = new System.Text.StringBuilder();
        foreach (var text in box.Descendants<IText>())
        {
            var hidden = false;
            for (var parent = text.ParentElement; parent is not null && !hidden; parent = parent == box ? null : parent.ParentElement)
            {
                hidden = HtmlText.IsHiddenElement(parent);
            }

            if (!hidden)
            {
                shown.Append(text.Data).Append(' ');
            }
        }

        return Whitespace.Collapse(shown.ToString());
    }
}
