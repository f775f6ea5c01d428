using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RichSnippetHiddenSpanTests
{
    [Fact]
    public void A_theme_s_hidden_snippet_spans_stay_out_of_the_shown_date_line()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Was das Urteil zur Werbekennzeichnung bedeutet</title></head><body>
            <main id="main"><section id="content"><article class="post hentry">
            <div class="fusion-post-title-meta-wrap"><h1 class="entry-title">Was das Urteil zur Werbekennzeichnung bedeutet</h1>
            <div class="fusion-meta-info"><div class="fusion-meta-info-wrapper"><span class="vcard rich-snippet-hidden"><span class="fn"><a href="/blog/author/admin/" rel="author">LenaBrandt</a></span></span><span class="updated rich-snippet-hidden">2019-02-11T10:05:00+01:00</span><span>März 12th, 2018</span><span class="fusion-inline-sep">|</span><a href="/blog/category/recht/" rel="category tag">Recht</a></div></div></div>
            <div class="post-content"><p>Das Landgericht hat entschieden, dass auch selbst gekaufte Produkte als Werbung gekennzeichnet werden müssen, wenn sie verlinkt sind.</p>
            <p>Für kleine Accounts ändert sich damit wenig, für große dagegen eine ganze Menge, wie die folgenden Punkte zeigen.</p></div>
            </article></section></main></body></html>
            """), "page.html");

        Assert.Equal("2018-03-12", page.PublishedAt);
        Assert.Equal(["LenaBrandt"], page.Authors);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("2019-02-11", StringComparison.Ordinal));
    }
}
