using System.Buffers;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="author"&gt;文●山川みどり／川辺ニュース編集部&lt;/p&gt;", "取材・文：山川みどり", "文・写真◎Dana Whitcomb": a Japanese
/// magazine's byline names each contributor after the word for the role and a mark ("文" text, "写真" photographs,
/// "取材" reporting, "構成" editing), and closes with the desk after a slash. The writer is the name after a role that
/// holds "文"; the photographer's part and the desk are no writers. The whole line as one name (what the byline readers
/// made of it) is never right, so this reader is asked first and answers only for a line opening with such a label.
/// </summary>
internal static class TextRoleByline
{
    /// <summary>Longest byline read so: a label, two or three names and a desk.</summary>
    private const int MaxLength = 80;

    /// <summary>Longest role label: "取材・文・写真".</summary>
    private const int MaxLabelLength = 8;

    /// <summary>The marks between a role and its names: "●", "◎", "○", "■", "：", ":", "＝", "=".</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("●◎○■：:＝=");

    /// <summary>The writers named in <paramref name="byline"/>'s text after a role holding "文"; else null.</summary>
    public static List<string>? Read(IElement byline)
    {
        // Cheap gate: the text is short and opens on an ideograph (the role's word).
        var content = byline.TextContent;
        if (content.Length > MaxLength * 2)
        {
            return null;
        }

        var text = content.AsSpan().Trim();
        if (text.Length is < 3 or > MaxLength || text[0] is < '\u4E00' or > '\u9FFF')
        {
            return null;
        }

        List<string>? writers = null;
        foreach (var range in text.SplitAny('／', '/'))
        {
            var part = text[range].Trim();
            var mark = part.IndexOfAny(Marks);
            if (mark is <= 0 or > MaxLabelLength || !HoldsTextRole(part[..mark]))
            {
                continue;
            }

            foreach (var nameRange in part[(mark + 1)..].SplitAny('、', '，', ','))
            {
                var name = part[(mark + 1)..][nameRange].Trim();
                if (name.IsEmpty || DeskOnlyByline.EndsWithKanjiDesk(name.ToString()))
                {
                    continue;
                }

                var names = KanjiNameByline.IsName(name.ToString()) ? [name.ToString()] : BylineParser.ReadNames(name);
                if (names is { Count: > 0 })
                {
                    (writers ??= []).AddRange(names);
                }
            }
        }

        return writers;
    }

    /// <summary>"文", "取材・文", "文・写真", "構成・文": a label whose parts (split at "・") include the word for text.</summary>
    private static bool HoldsTextRole(ReadOnlySpan<char> label)
    {
        foreach (var range in label.Split('・'))
        {
            if (label[range].Trim() is "文")
            {
                return true;
            }
        }

        return false;
    }
}
