using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;以上、下記URLからの要約&lt;br&gt;&lt;a href="https://…"&gt;https://…&lt;/a&gt;&lt;/p&gt;" closing the text: a Japanese aggregator's
/// note that the text above summarises (要約), excerpts (抜粋), translates (翻訳, 抄訳) or quotes (引用) the page at the
/// address under it, or a labelled source ("出典：", "情報元：", "参照元：", "ソース："). It credits the source as "(via …)"
/// does, and the address is the source's, no teaser: neither is a paragraph of the story.
/// </summary>
internal static class SourceNoteAddress
{
    private const int MaxNoteLength = 40;

    private static readonly string[] SourcedEndings = ["要約", "抜粋", "翻訳", "抄訳", "引用", "転載"];
    private static readonly string[] SourceLabels = ["出典", "情報元", "参照元", "引用元", "ソース"];

    /// <summary>Whether <paramref name="note"/>, the paragraph's text before its one link, is such a note and the link shows its address.</summary>
    public static bool Is(string note, IHtmlCollection<IElement> links)
    {
        var text = note.AsSpan().Trim().TrimEnd("：:");
        if (links.Length != 1 || text.Length is 0 or > MaxNoteLength || !AnnouncedAddressParagraph.IsShownAddress(links[0]))
        {
            return false;
        }

        foreach (var ending in SourcedEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var label in SourceLabels)
        {
            if (text.Equals(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
