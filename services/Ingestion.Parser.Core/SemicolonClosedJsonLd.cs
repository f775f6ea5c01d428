namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;script type="application/ld+json"&gt;{"@type":"NewsArticle", …, "datePublished":"…"};&lt;/script&gt;": a template that writes
/// its JSON-LD as it writes a script closes the object with a statement's semicolon. The block no longer parses as JSON,
/// and the article's date in it was lost. Only semicolons after the closing brace or bracket go; one inside the JSON
/// (in a string) is left alone, as is a block that does not end in one.
/// Cost: a look at the block's last characters; a copy only when it ends in a semicolon.
/// </summary>
internal static class SemicolonClosedJsonLd
{
    public static string Trimmed(string script)
    {
        var text = script.AsSpan().TrimEnd();
        if (text is not [.., ';'])
        {
            return script;
        }

        var json = text.TrimEnd("; \t\r\n");
        return json is [.., '}' or ']'] ? json.ToString() : script;
    }
}
