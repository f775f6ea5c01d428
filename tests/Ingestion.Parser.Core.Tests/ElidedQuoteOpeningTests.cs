using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ElidedQuoteOpeningTests
{
    private const string Page = """
        <html><head><title>Why Ferry Crews Want Thanks | Quayside</title><meta value="Quayside" name="og:site_name"></head><body>
        <article class="post-page"><h1 class="post-page__title">Why Ferry Crews Want Thanks</h1>
        <div class="post-page__body"><p>The crews we spoke to agreed on one thing. According to the union's organiser, "Most crossings pass without a word. The crews take in what passengers say about how the boat should run, how it should look and when it should sail, and they carry it home."</p>
        <blockquote class="quote-block"><span>"...crews take in what passengers say about how the boat should run, how it should look and when it should sail, and they carry it home."</span><br></blockquote>
        <p>A thank-you at the gangway, the organiser said, would change the mood on the quay for the whole of a long winter week.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_pull_quote_opening_with_an_ellipsis_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "thanks.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_quote_the_text_does_not_print_stays()
    {
        var html = Page.Replace("...crews take in", "...skippers take in");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "thanks.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
