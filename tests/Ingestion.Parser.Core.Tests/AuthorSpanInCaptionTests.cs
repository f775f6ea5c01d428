using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A span classed for the picture's author inside a caption is its credit, set apart from the caption's words.</summary>
public class AuthorSpanInCaptionTests
{
    private static List<string> Captions(string figcaption)
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><figure class=\"media\"><img src=\"ferry.jpg\" alt=\"\"><figcaption class=\"media-caption\">" + figcaption
            + "</figcaption></figure><p>The night ferry turned back to the harbour after a passenger fell ill on the crossing.</p></article></body></html>");
        return HtmlCaptions.Read(document);
    }

    [Fact]
    public void An_author_span_glued_to_the_description_is_read_as_a_credit_after_a_space()
    {
        Assert.Equal(
            ["The night ferry leaves the harbour for the island HARBOUR GAZETTE (Video)"],
            Captions("<span class=\"media-description\">The night ferry leaves the harbour for the island</span><span class=\"media-author\"><span>HARBOUR GAZETTE (Video)</span></span>"));
    }

    [Fact]
    public void Spans_of_no_credit_class_still_run_together_as_written()
    {
        Assert.Equal(
            ["The night ferry leaves the harbour for the islands"],
            Captions("<span class=\"media-description\">The night ferry leaves the harbour for the island</span><span class=\"media-suffix\">s</span>"));
    }
}
