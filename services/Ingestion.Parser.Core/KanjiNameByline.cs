using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="writer"&gt;松村太郎&lt;/span&gt;", "&lt;a class="article-author__name" href="/author/180/"&gt;後藤大地&lt;/a&gt;":
/// a Japanese (or Chinese) byline prints the writer's name alone, with no "By" and no capitals, so the name readers,
/// built on capitalised words, pass it by. An element marked as the writer's (a class naming the author or writer, or
/// <c>rel="author"</c>) whose whole text is one such name, two to ten ideographs or kana with at most one space or
/// "・" inside, names the writer. A newsroom's name ("編集部", "編集局", "…記者") is the desk, no writer.
/// </summary>
internal static class KanjiNameByline
{
    private const string Marks = "[rel='author'], .writer, [class*='author'], [class*='writer'], .byline";

    /// <summary>Shortest and longest name: two ideographs ("林檎") to a long kana name with a middle dot.</summary>
    private const int MinLength = 2;
    private const int MaxLength = 10;

    /// <summary>The first writer's name so marked outside reader comments, teaser lists and menus; null when there is none.</summary>
    public static string? Find(IDocument document, Func<IElement, bool> isInComment)
    {
        foreach (var element in document.QuerySelectorAll(Marks))
        {
            if (element.LocalName is "body" or "html" or "meta" || element.Nearest("nav, li, footer") is not null || isInComment(element))
            {
                continue;
            }

            var text = Whitespace.Collapse(element.TextContent);
            if (IsName(text))
            {
                return text;
            }

            // "《KT》": the writer's name or initials set off in angle brackets (AngleBracketSignature).
            if (AngleBracketSignature.Name(text) is { } signed)
            {
                return signed;
            }
        }

        return null;
    }

    /// <summary>Whether the text is a name written in ideographs or kana: "松村太郎", "後藤 大地", "ジョン・スミス".</summary>
    public static bool IsName(string text)
    {
        if (text.Length is < MinLength or > MaxLength || IsDesk(text))
        {
            return false;
        }

        var breaks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\u3000' or '・')
            {
                if (i == 0 || i == text.Length - 1 || ++breaks > 1)
                {
                    return false;
                }
            }
            else if (!IsIdeographOrKana(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdeographOrKana(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or 'ー' or '々';

    /// <summary>"編集部" (the editorial desk), "編集局", "…記者" (a reporter of …), "…部": a newsroom's or section's name.</summary>
    private static bool IsDesk(string text) =>
        text.EndsWith("編集部", StringComparison.Ordinal) || text.EndsWith("編集局", StringComparison.Ordinal) || text.EndsWith("記者", StringComparison.Ordinal)
        || text.EndsWith('部') || text.EndsWith("编辑部", StringComparison.Ordinal) || text.EndsWith("编辑", StringComparison.Ordinal)
        || text.EndsWith("編集", StringComparison.Ordinal);
}
