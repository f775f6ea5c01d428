using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="tw-flex …"&gt;&lt;div&gt;&lt;p&gt;Ferry at the pier at dawn.&lt;/p&gt;&lt;/div&gt;&lt;div class="tw-italic …"&gt;&lt;a
/// href="https://photos.example" target="_blank"&gt;Harbour Photos&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;": a utility-class template (Tailwind)
/// sets the row under a picture as two boxes, the caption's sentence beside the credit, a link to the picture agency that
/// opens in a new window. No class, label or sign marks either, but the shape does: a row of exactly two boxes, the first
/// a sentence with no link, the second one outward link of a few words and nothing else. Caption and credit are one
/// entry, the credit in an element of its own beside its caption (as `h110` joins them). A row whose link stays in the
/// window (a "more" link to a story) or whose first box holds a link is left alone.
/// </summary>
internal static class CaptionBesideCreditLink
{
    private const int LongestCaption = 300;

    private const int MostCreditWords = 3;

    private const int LongestCredit = 40;

    /// <summary>The caption and its credit as one entry, when <paramref name="row"/> under a picture is such a row; else null.</summary>
    public static List<string>? Read(IElement row)
    {
        if (row.Children is not [var captionBox, var creditBox] || HasOwnWords(row) || captionBox.SelectFirst("a") is not null
            || creditBox.Children is not [{ LocalName: "a" } link] || HasOwnWords(creditBox) || !OpensElsewhere(link))
        {
            return null;
        }

        var caption = Whitespace.Collapse(captionBox.TextContent);
        var credit = Whitespace.Collapse(link.TextContent);
        if (caption.Length is 0 or > LongestCaption || !Words.EndsSentence(caption) || Words.CountUpTo(caption, 3) < 3
            || credit is not [var first, ..] || !char.IsUpper(first) || credit.Length > LongestCredit
            || Words.CountUpTo(credit, MostCreditWords + 1) > MostCreditWords || Words.EndsSentence(credit) || BoilerplateFilter.IsBoilerplate(credit))
        {
            return null;
        }

        return [caption + " " + credit];
    }

    /// <summary>Words of <paramref name="box"/> outside its child elements.</summary>
    private static bool HasOwnWords(IElement box)
    {
        foreach (var node in box.ChildNodes)
        {
            if (node is IText { Data: var data } && !string.IsNullOrWhiteSpace(data))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A link to another site that opens in a new window, as a picture agency's credit does.</summary>
    private static bool OpensElsewhere(IElement link) =>
        link.GetAttribute("target") == "_blank" && link.GetAttribute("href") is { } href
        && (href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
}
