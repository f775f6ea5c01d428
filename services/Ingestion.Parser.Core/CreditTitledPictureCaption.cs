using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;img src="lead.jpg" alt="…" title="Dana Ruiz/AP"&gt;&lt;p class="t t-dim"&gt;The senator spoke in Greenville last
/// week.&lt;/p&gt;": a template that keeps the photographer's credit in the picture's <c>title</c> (a tooltip, never
/// printed) sets its caption as a plain paragraph right under it, marked by no class, no credit word and no figure for
/// the other readers. A picture whose title is a credit is a credited news photo; the short plain paragraph right after
/// it, no link and no block inside, is its caption. The title itself is no entry, since a reader never sees it.
/// Risk: a deck set right under a credited lead picture would be read as its caption; a deck sits over the picture in
/// the templates seen. Cost: asked only of a picture whose next element is a <c>p</c> no other reader took: one
/// attribute read, and the credit test only when the picture has a title.
/// </summary>
internal static class CreditTitledPictureCaption
{
    /// <summary>Longest caption read so.</summary>
    private const int MaxLength = 300;

    /// <summary>The paragraph under <paramref name="image"/> that captions it, or null.</summary>
    public static IElement? Below(IElement picture, IElement image)
    {
        if (picture.NextElementSibling is not { LocalName: "p" } below || image.GetAttribute("title") is not { Length: > 0 and < 80 } title)
        {
            return null;
        }

        var credit = Whitespace.Collapse(title);
        if (!CaptionDetector.IsCreditOnly(credit))
        {
            return null;
        }

        if (below.SelectFirst("a, p, div, img, ul, ol, table, br") is not null)
        {
            return null;
        }

        var length = below.TextContent.AsSpan().Trim().Length;
        return length is > 0 and <= MaxLength ? below : null;
    }
}
