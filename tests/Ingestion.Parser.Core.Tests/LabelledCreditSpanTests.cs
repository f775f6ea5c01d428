using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledCreditSpanTests
{
    [Fact]
    public void A_credit_span_glued_to_its_caption_span_reads_spaced()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><figure><img src="dish.jpg" alt="The dish."><figcaption><p class="figure__caption"><span class="mr10">The dish will measure faint signals.</span><span>Credit: Lin Wei/Example Agency</span></p></figcaption></figure>
            <p>The observatory opens next month.</p></body></html>
            """);

        Assert.Equal(["The dish will measure faint signals. Credit: Lin Wei/Example Agency"], HtmlCaptions.Read(document));
    }

    [Theory]
    [InlineData("""<p><span>The dish</span><span>will measure faint signals.</span></p>""")]
    [InlineData("""<p><span>Credit: Lin Wei/Example Agency</span></p>""")]
    public void A_span_that_is_no_labelled_credit_after_another_is_none(string paragraph)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + paragraph + "</body></html>");

        Assert.DoesNotContain(document.QuerySelectorAll("span"), LabelledCreditSpan.Is);
    }
}
