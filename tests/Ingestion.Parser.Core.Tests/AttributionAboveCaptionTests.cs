using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AttributionAboveCaptionTests
{
    private static ParsedPage Parse(string picture) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(SectionWrapperStory.Html(picture, string.Empty)), "harbour.html");

    [Fact]
    public void An_attribution_over_the_caption_is_its_credit_entry_before_it()
    {
        var page = Parse("""
            <div class="embed-container image" itemscope itemtype="http://schema.org/ImageObject"><img src="/img/quay.jpg" alt="Cranes on the quay." width="530" height="298">
            <meta itemprop="image" content="/img/quay-large.jpg"><meta itemprop="author" content="Ana Ruiz | Harbour Post | Agency Images"><meta itemprop="caption" content="Cranes on the quay.">
            <div class="attribution">Ana Ruiz | Harbour Post | Agency Images</div> <div class="caption">Cranes on the quay.</div></div>
            """);
        Assert.Equal(["Ana Ruiz | Harbour Post | Agency Images", "Cranes on the quay."], page.Captions);
        Assert.Equal(5, page.BodyParagraphs.Count);
    }

    [Fact]
    public void An_attribution_not_under_a_picture_is_not_taken()
    {
        var page = Parse("""
            <div class="quote-box"><p>Trade fell by a third.</p><div class="attribution">Port annual report</div> <div class="caption">Cranes on the quay.</div></div>
            """);
        Assert.DoesNotContain("Port annual report", page.Captions);
    }
}
