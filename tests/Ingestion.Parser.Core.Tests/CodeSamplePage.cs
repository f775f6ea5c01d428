using System.Text;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A static-site blog post with Prism-highlighted code samples: lines ended by breaks, comments in "token comment" spans
/// (CodeSampleLineBreak, SyntaxHighlightTokens).
/// </summary>
internal static class CodeSamplePage
{
    public static ParsedPage Parse(string sample) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Reading the tide gauge from a laptop · Tidewright</title></head><body>
        <article><h1>Reading the tide gauge from a laptop</h1><div itemprop="articleBody">
        <p>The gauge writes one line a minute, and a short program on the laptop turns those lines into the week's table.</p>
        {sample}
        <p>That is all it takes: the program runs in under a second on the whole week's lines, even on the old laptop.</p>
        </div></article></body></html>
        """), "post.html");

    public const string Highlighted = """
        <pre class="language-c"><code class="language-c"><span class="token comment">// tide.c</span><br /><span class="token keyword">int</span> <span class="token function">level</span>(<span class="token keyword">int</span> raw) {<br />  <span class="token keyword">return</span> raw / <span class="token number">4</span>;<br />}</code></pre>
        """;
}
