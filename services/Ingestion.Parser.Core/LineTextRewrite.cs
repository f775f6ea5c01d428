namespace Ingestion.Parser.Core;

/// <summary>
/// The dump normalisers that mend a line's text in place ("THE HOME PAGE" → "The home page", a doubled headline, a
/// date run into the next cell) share one walk: the page's own list when nothing changes, a copy from the first change on.
/// </summary>
internal static class LineTextRewrite
{
    /// <summary>The lines, each with the text <paramref name="rewrite"/> gives it, or as it was where that gives null.</summary>
    public static List<TextLine> Each(List<TextLine> lines, Func<string, string?> rewrite)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (rewrite(lines[i].Text) is not { } text)
            {
                result?.Add(lines[i]);
                continue;
            }

            result ??= lines.GetRange(0, i);
            result.Add(lines[i] with { Text = text });
        }

        return result ?? lines;
    }
}
