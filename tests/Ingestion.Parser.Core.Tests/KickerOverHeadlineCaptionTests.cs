using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KickerOverHeadlineCaptionTests
{
    private const string Page = """
        <html><head><title>Ferry fares to rise in spring | Harbour Gazette</title>
        <meta property="og:title" content="Ferry fares to rise in spring"></head><body>
        <div class="row"><div class="col-8">
        <figure class="post-item major-post"><div class="post-image-wrap"><img src="/img/ferry.jpg" alt=""></div>
        <figcaption>FIGCAPTION</figcaption>
        <span class="image-caption">The morning ferry leaves the island pier: Harbour Gazette</span></figure>
        <div class="post-info"><a href="/author/dana-ruiz/" class="post-author-link"><span>BY</span><span class="author-name">Dana Ruiz</span></a>
        <span class="post-date">March 3, 2021</span></div>
        <div class="post-content"><p>The island ferry company will raise its fares by four per cent in the spring, the harbour board was told on Monday evening.</p>
        <p>Season tickets for islanders keep their price until the autumn, when the board will look at the timetable again.</p></div>
        </div></div></body></html>
        """;

    private static ParsedPage Parse(string figcaption) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("FIGCAPTION", figcaption)), "fares.html");

    [Fact]
    public void A_sections_label_over_the_headline_in_the_lead_pictures_figcaption_is_no_caption()
    {
        var page = Parse("""<p class="tag-line"><a href="/category/ferries/">Ferries</a></p><h3 class="major-title">Ferry fares to rise in spring</h3>""");
        Assert.Equal("Ferry fares to rise in spring", page.Title);
        Assert.Equal(["The morning ferry leaves the island pier: Harbour Gazette"], page.Captions);
    }

    [Fact]
    public void A_label_of_two_words_over_the_headline_is_no_caption_either()
    {
        var page = Parse("""<p class="tag-line"><a href="/category/local-news/">Local News</a></p><h3>Ferry fares to rise in spring</h3>""");
        Assert.Equal(["The morning ferry leaves the island pier: Harbour Gazette"], page.Captions);
    }

    [Fact]
    public void A_caption_that_says_more_than_a_label_before_the_headlines_words_stays()
    {
        var page = Parse("""The harbour master reads the notice that ferry fares to rise in spring""");
        Assert.Contains("The harbour master reads the notice that ferry fares to rise in spring", page.Captions);
    }

    [Fact]
    public void A_sentence_ending_before_the_headlines_words_stays()
    {
        var page = Parse("""Boats at the pier. Ferry fares to rise in spring""");
        Assert.Contains("Boats at the pier. Ferry fares to rise in spring", page.Captions);
    }

    [Fact]
    public void A_caption_of_its_own_words_stays()
    {
        var page = Parse("""Passengers board at dawn""");
        Assert.Contains("Passengers board at dawn", page.Captions);
    }
}
