using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;strong&gt;[撮影協力:&lt;a href="/shop/…"&gt;Shop&lt;/a&gt;]&lt;/strong&gt;&lt;/p&gt;", "写真提供：Name": a Japanese story credits its
/// pictures in a line of its own, the label "撮影協力" (photographs taken with the help of), "写真提供" or "画像提供"
/// (pictures supplied by) and a colon before the name, often in brackets and mostly a link. It is a caption entry, as
/// printed, and no paragraph of the text; taken before the link-led paragraphs leave with the teasers.
/// </summary>
internal static class KanjiPhotoCreditLine
{
    private static readonly string[] Labels = ["撮影協力", "写真提供", "画像提供", "写真協力", "写真・撮影"];

    private const int MaxLength = 80;

    /// <summary>The credit lines in <paramref name="root"/>'s paragraphs, in page order; they leave the text.</summary>
    public static List<string> Take(IElement root)
    {
        List<string>? credits = null;
        foreach (var paragraph in root.SelectAll("p"))
        {
            // The label opens the paragraph's first words: asked of the first text node's own string, no text built.
            if (!OpensWithLabel(FirstText(paragraph)) || paragraph.TextContent is not { Length: <= MaxLength * 2 } shown
                || Whitespace.Collapse(shown) is not { } text || !Is(text))
            {
                continue;
            }

            (credits ??= []).Add(text);
            paragraph.Remove();
        }

        return credits ?? [];
    }

    private static string FirstText(INode paragraph)
    {
        var node = paragraph.FirstChild;
        while (node is not null)
        {
            if (node is IText { Data: var data } && !string.IsNullOrWhiteSpace(data))
            {
                return data;
            }

            if (node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent == paragraph ? null : node.Parent;
            }

            node = node?.NextSibling;
        }

        return string.Empty;
    }

    private static bool OpensWithLabel(string first)
    {
        var span = first.AsSpan().TrimStart();
        if (span.Length > 0 && span[0] is '[' or '［' or '【' or '(' or '（')
        {
            span = span[1..].TrimStart();
        }

        foreach (var label in Labels)
        {
            if (span.StartsWith(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line is a label of those, a colon and a name, in brackets or not: "[撮影協力:Shop]", "写真提供：Name".</summary>
    public static bool Is(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length is < 6 or > MaxLength)
        {
            return false;
        }

        if (span[0] is '[' or '［' or '【' or '(' or '（')
        {
            if (span[^1] is not (']' or '］' or '】' or ')' or '）'))
            {
                return false;
            }

            span = span[1..^1].Trim();
        }

        foreach (var label in Labels)
        {
            if (span.StartsWith(label, StringComparison.Ordinal))
            {
                var rest = span[label.Length..].TrimStart();
                return rest.Length > 1 && rest[0] is ':' or '：' && rest[1..].Trim().Length > 0 && !rest.ContainsAny('。', '、');
            }
        }

        return false;
    }
}
