using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;a href="https://www.shutterstock.com/image-photo/…"&gt;Shutterstock&lt;/a&gt;&lt;/p&gt;" under a blog post's last
/// paragraph: the credit of the post's picture, linked to the agency's page for it. The paragraph is one link, the
/// shape of a teaser to another story, but a story's headline is no bare credit ("Shutterstock", "Getty Images",
/// "Reuters"); left in the text, the caption rules take it for the credit it is.
/// </summary>
internal static class CreditLinkParagraph
{
    private const int MaxLength = 40;
    private const int MaxWords = 3;

    /// <summary>Whether the paragraph holds only <paramref name="link"/>, whose text is a bare picture credit.</summary>
    public static bool Is(IElement paragraph, IElement link)
    {
        var shown = link.TextContent.Trim();
        return shown.Length is > 0 and <= MaxLength && paragraph.TextContent.AsSpan().Trim().SequenceEqual(shown)
            && Words.CountUpTo(shown, MaxWords + 1) <= MaxWords && !Words.EndsSentence(shown) && !CaptionDetector.OpensWithLabel(shown)
            && (CaptionDetector.IsAgencyOnly(shown) || CaptionDetector.TryRead(shown) is not null);
    }
}
