using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="byline"&gt;&lt;b&gt;[&lt;/b&gt;山川みどり，&lt;b&gt;川辺ニュース]&lt;/b&gt;&lt;/div&gt;": a Japanese network sets its byline in
/// square brackets, the writer first and the outlet after a comma (full-width or plain), with no "By" or "文：" before
/// it, in an element named by its id, not by a class. The whole text in brackets ("[…]", "［…］", "【…】") holding one
/// comma is read as writer and outlet, and the writer's part as names. Brackets around anything else stay unread here.
/// </summary>
internal static class BracketedByline
{
    /// <summary>Longest bracketed byline read so.</summary>
    private const int MaxLength = 60;

    /// <summary>The names in <paramref name="byline"/>'s bracketed text; else null.</summary>
    public static List<string>? Read(IElement byline)
    {
        var text = byline.TextContent.AsSpan().Trim();
        if (text.Length is < 4 or > MaxLength || !IsBracketPair(text[0], text[^1]))
        {
            return null;
        }

        var inside = text[1..^1].Trim();
        var comma = inside.IndexOfAny('，', ',');
        if (comma <= 0 || inside[(comma + 1)..].IndexOfAny('，', ',') >= 0)
        {
            return null;
        }

        // "山川みどり": a name in ideographs or kana, which the capitalised-word readers pass by (KanjiNameByline.IsName).
        var writer = inside[..comma].Trim();
        return KanjiNameByline.IsName(writer.ToString()) ? [writer.ToString()] : BylineParser.ReadNames(writer);
    }

    private static bool IsBracketPair(char open, char close) => (open, close) is ('[', ']') or ('［', '］') or ('【', '】');
}
