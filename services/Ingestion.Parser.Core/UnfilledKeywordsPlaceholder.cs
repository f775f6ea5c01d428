namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="news_keywords" content="%tags%"&gt;" beside "&lt;meta name="keywords" content="harbour, ferries"&gt;": a
/// theme writes a keywords meta with a placeholder its template engine never filled ("%tags%", "{{keywords}}", "{tags}",
/// "[keywords]", "${tags}"). The placeholder says nothing of the story, so the next keywords meta is read in its place.
/// </summary>
internal static class UnfilledKeywordsPlaceholder
{
    private const int MaxLength = 40;

    /// <summary>The first of the keywords metas that is no unfilled placeholder; null when none is.</summary>
    public static string? First(string? newsKeywords, string? keywords) =>
        newsKeywords is not null && !Is(newsKeywords) ? newsKeywords : keywords is not null && !Is(keywords) ? keywords : null;

    /// <summary>Whether the value is one name wrapped in a template's marks and nothing else.</summary>
    public static bool Is(string value)
    {
        var text = value.AsSpan().Trim();
        if (text.Length is < 3 or > MaxLength)
        {
            return false;
        }

        var open = 0;
        while (open < text.Length && text[open] is '%' or '{' or '[' or '$' or '<' or '#')
        {
            open++;
        }

        var close = text.Length;
        while (close > open && text[close - 1] is '%' or '}' or ']' or '>' or '#')
        {
            close--;
        }

        if (open == 0 || close == text.Length || close <= open)
        {
            return false;
        }

        var name = text[open..close].Trim();
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '.' or '-' or '=' or ' '))
            {
                return false;
            }
        }

        return true;
    }
}
