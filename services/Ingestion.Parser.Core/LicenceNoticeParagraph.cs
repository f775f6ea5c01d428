using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;a rel="license" href="…/licenses/by-nc/4.0/"&gt;&lt;img alt="Creative Commons License"&gt;&lt;/a&gt;&lt;br&gt;This work is
/// licensed under a &lt;a rel="license" …&gt;Creative Commons Attribution-NonCommercial 4.0 International License&lt;/a&gt;.&lt;/p&gt;"
/// closing the text, in any language ("この作品は クリエイティブ・コモンズ … ライセンスの下に提供されています。"): the notice
/// the licence's own chooser hands out, its link marked <c>rel="license"</c>. It is the text's small print, as a
/// copyright line is, no paragraph of the story. Only a short block goes: a paragraph that discusses a licence at length
/// and links it so stays.
/// </summary>
internal static class LicenceNoticeParagraph
{
    private const int MaxNoticeLength = 300;

    public static void Remove(IDocument document)
    {
        List<IElement>? notices = null;
        foreach (var link in document.SelectAll("a[rel~='license']"))
        {
            if (link.Nearest("p") is { } paragraph && ShownLength.Of(paragraph.TextContent) <= MaxNoticeLength)
            {
                (notices ??= []).Add(paragraph);
            }
        }

        if (notices is null)
        {
            return;
        }

        foreach (var notice in notices)
        {
            if (notice.ParentElement is not null)
            {
                notice.Remove();
            }
        }
    }
}
