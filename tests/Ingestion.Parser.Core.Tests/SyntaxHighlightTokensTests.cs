using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SyntaxHighlightTokensTests
{
    [Fact]
    public void A_code_samples_comment_token_is_no_comment_thread_and_no_furniture()
    {
        var page = CodeSamplePage.Parse(CodeSamplePage.Highlighted
            + """<pre><code class="language-js"><span class="token comment">// read.js</span><br />level(<span class="token number">12</span>);</code></pre>""");

        Assert.Empty(page.Comments);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("// tide.c", StringComparison.Ordinal));
        Assert.Contains("// read.js level(12);", page.BodyParagraphs);
    }
}
