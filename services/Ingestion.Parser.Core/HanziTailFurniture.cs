namespace Ingestion.Parser.Core;

/// <summary>
/// What a Chinese CMS prints in the text's box after its last paragraph: a "精彩视频推荐" ("recommended videos") or "相关阅读"
/// ("related reading") heading over a player's or a list's short lines, and the publisher's rights notice in lenticular
/// brackets ("【…版权…未经授权，不得转载…】"). Neither is a paragraph of the story.
/// </summary>
internal static class HanziTailFurniture
{
    private const int MaxLinesAfterHeading = 12;
    private const int MaxLineAfterHeading = 40;
    private const int MaxNoticeLength = 150;

    private static readonly string[] Headings =
        ["精彩视频推荐", "精彩推荐", "相关视频", "视频推荐", "相关阅读", "延伸阅读", "推荐阅读", "相关新闻", "相关链接", "猜你喜欢", "热门推荐", "更多精彩", "往期回顾",
            // A Japanese site's related-stories box under the text: "関連記事", "関連ニュース", "あわせて読みたい".
            "関連記事", "関連ニュース", "関連リンク", "あわせて読みたい", "おすすめ記事", "人気記事",
            // "■関連サイト" (related sites): the makers' and sellers' links a product story closes on (its ornament trimmed).
            "関連サイト"];

    /// <summary>
    /// Where a recommendation heading opens the body's tail: the heading, with only short lines that close on no full stop
    /// (a video's title, a player's labels) or rights notices after it; else <paramref name="body"/>'s count.
    /// </summary>
    public static int RecommendationStart(IReadOnlyList<string> body)
    {
        for (var index = body.Count - 1; index >= Math.Max(1, body.Count - MaxLinesAfterHeading - 1); index--)
        {
            if (IsHeading(body[index]))
            {
                return index;
            }

            // A paragraph of the text after the heading makes it a crosshead: a longer line, or one closing on a full stop.
            if ((body[index].Length > MaxLineAfterHeading || body[index].EndsWith('。')) && !IsRightsNotice(body[index]))
            {
                break;
            }
        }

        return body.Count;
    }

    /// <summary>
    /// "【本网作品的中文相关权益归本社独家所有。未经授权，不得转载。】": the rights notice in lenticular or square brackets; or the
    /// footer's short "版权所有 Name" ("all rights reserved"), which the text's box of a plain page runs into.
    /// </summary>
    public static bool IsRightsNotice(string paragraph)
    {
        var text = paragraph.AsSpan().Trim();
        return (text.Length <= MaxNoticeLength && text is ['【' or '[', .., '】' or ']']
                && (text.Contains("转载", StringComparison.Ordinal) || text.Contains("版权", StringComparison.Ordinal) || text.Contains("权益", StringComparison.Ordinal)))
            || (text.Length <= MaxLineAfterHeading && text.Contains("版权所有", StringComparison.Ordinal) && !Words.EndsSentence(text));
    }

    /// <summary>"■関連サイト", "◆関連記事": one or two leading ornaments (symbols such as ■ ◆ ● ▼) set before a box's heading.</summary>
    private static ReadOnlySpan<char> WithoutOrnament(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < 2 && text.Length > 1 && char.GetUnicodeCategory(text[0]) == System.Globalization.UnicodeCategory.OtherSymbol; i++)
        {
            text = text[1..].TrimStart();
        }

        return text;
    }

    private static bool IsHeading(string paragraph)
    {
        var text = WithoutOrnament(paragraph.AsSpan().Trim().TrimEnd("：:"));
        foreach (var heading in Headings)
        {
            if (text.SequenceEqual(heading))
            {
                return true;
            }
        }

        return false;
    }
}
