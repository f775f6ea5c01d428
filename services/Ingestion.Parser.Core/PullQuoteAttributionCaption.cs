using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;blockquote class="cli cli-pullquote"&gt;&lt;p class="accent-cli"&gt;“It is not that the pier needs us.”&lt;/p&gt;&lt;div
/// class="cli-pullquote__attribution caption-cli"&gt;- Dana Ruiz, harbour master&lt;/div&gt;&lt;/blockquote&gt;": a design system
/// sets a quotation's attribution in its caption type style ("caption-cli"). Inside a quotation that shows no picture the
/// line names the speaker, no picture's caption; it stays with its quotation, which the text reads as it reads any quote.
/// </summary>
internal static class PullQuoteAttributionCaption
{
    private const int LongestAttribution = 200;

    public static bool Is(IElement caption)
    {
        if (caption.LocalName == "figcaption" || NodeText.IsLongerThan(caption, LongestAttribution))
        {
            return false;
        }

        IElement? quotation = null;
        for (var ancestor = caption.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "figure")
            {
                return false;
            }

            if (ancestor.LocalName == "blockquote")
            {
                quotation = ancestor;
                break;
            }
        }

        return quotation is not null && quotation.SelectFirst("img, picture, video, iframe") is null;
    }
}
