using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;pre&gt;&lt;code&gt;&lt;span class="token comment"&gt;// tide.c&lt;/span&gt;…": a syntax highlighter (Prism's "token comment",
/// highlight.js's "hljs-comment") names each piece of a code sample by its kind, and the kinds' names are the furniture's
/// and the thread's words ("comment", "title", "meta", "tag"). The code's first comment was taken for the page's comment
/// thread, the whole sample with it, and later comments were dropped as furniture. Inside a code element within a
/// preformatted block the classes say how to colour the code, nothing about the page: they are set aside.
/// </summary>
internal static class SyntaxHighlightTokens
{
    public static void Neutralise(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        foreach (var code in body.SelectAll("pre code"))
        {
            foreach (var token in code.SelectAll("[class]"))
            {
                token.RemoveAttribute("class");
            }
        }
    }
}
