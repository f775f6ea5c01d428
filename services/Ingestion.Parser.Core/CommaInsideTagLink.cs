namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/tag/Chorleitung"&gt;Chorleitung,&lt;/a&gt; &lt;a href="/tag/Görlitz"&gt;Görlitz&lt;/a&gt;": a template that
/// prints the list's comma inside each link but the last. The comma parts the list; it is no part of the tag.
/// </summary>
internal static class CommaInsideTagLink
{
    /// <summary>The tags without a trailing comma or semicolon, or the same list when none has one.</summary>
    public static List<string> Without(List<string> tags)
    {
        if (!tags.Any(EndsWithSeparator))
        {
            return tags;
        }

        return tags.Select(tag => EndsWithSeparator(tag) ? tag.TrimEnd().TrimEnd(',', ';').TrimEnd() : tag).Where(tag => tag.Length > 0).ToList();
    }

    private static bool EndsWithSeparator(string tag) => tag.AsSpan().TrimEnd() is [.., ',' or ';'];
}
