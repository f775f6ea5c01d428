namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;script type="application/ld+json"&gt;&lt;![CDATA[ [{"@type": "NewsArticle", …}] ]]&gt;&lt;/script&gt;": a template written for
/// XHTML wraps its JSON-LD in a CDATA section. An HTML parser keeps the markers as the script's text, and the block no
/// longer parses as JSON: the article's date and author in it were lost. The markers in a JavaScript comment
/// ("/* &lt;![CDATA[ */") already parse, as comments are skipped.
/// </summary>
internal static class CDataWrappedJsonLd
{
    private const string Open = "<![CDATA[";
    private const string Close = "]]>";

    public static string Unwrapped(string script)
    {
        var text = script.AsSpan().Trim();
        if (!text.StartsWith(Open, StringComparison.Ordinal) || !text.EndsWith(Close, StringComparison.Ordinal) || text.Length < Open.Length + Close.Length)
        {
            return script;
        }

        return text[Open.Length..^Close.Length].ToString();
    }
}
