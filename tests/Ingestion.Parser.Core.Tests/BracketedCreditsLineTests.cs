using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedCreditsLineTests
{
    private const string Page = """
        <html><head><title>Before &amp; After: A Year of Harbour Makeovers | Quayside Home</title><meta content="Quayside Home" property="og:site_name"></head><body>
        <article class="full-post post"><header class="post-header"><h1 class="post-title">Before &amp; After: A Year of Harbour Makeovers</h1></header>
        <div class="post-body">
        <p>Nothing lifts a tired boathouse like a coat of tar and a new door, and this year our readers sent us more of them than ever before.</p>
        <p>Click on the slideshow to see the projects. To learn more about each one, follow the links in the captions.</p>
        <p><small>(Image credits: <a href="http://mills.test/">Lowther Mills</a>; Ina Vole; <a href="http://works.test/">Harbour Works</a>; Tam Reddish; Quay Supplies)</small></p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_bracketed_image_credits_line_under_the_text_is_one_caption_as_shown()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "makeovers.html");
        Assert.Equal(["(Image credits: Lowther Mills; Ina Vole; Harbour Works; Tam Reddish; Quay Supplies)"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_bracketed_photo_credit_line_is_a_credit_line()
    {
        Assert.True(BracketedCreditsLine.Is("(Photo credit: Ina Vole, Harbour Works)"));
    }

    [Fact]
    public void A_bracketed_aside_that_ends_a_sentence_is_no_credit_line()
    {
        Assert.False(BracketedCreditsLine.Is("(Photo credits: see the gallery at the end of the story.)"));
    }

    [Fact]
    public void Brackets_that_close_before_the_end_make_no_credit_line()
    {
        Assert.False(BracketedCreditsLine.Is("(Image credits: Ina Vole) and the rest of the pictures came from the harbour archive (1920s)"));
    }

    [Fact]
    public void A_bracketed_line_without_a_credits_label_is_no_credit_line()
    {
        Assert.False(BracketedCreditsLine.Is("(Lowther Mills; Ina Vole; Harbour Works)"));
    }
}
