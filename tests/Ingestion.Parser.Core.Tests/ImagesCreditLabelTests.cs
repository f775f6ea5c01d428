using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ImagesCreditLabelTests
{
    private const string Page = """
        <html><head><title>Seven Quiet Corners Of The Old Harbour | Quayside</title><meta value="Quayside" name="og:site_name"></head><body>
        <article class="post-page"><h1 class="post-page__title">Seven Quiet Corners Of The Old Harbour</h1>
        <div class="post-page__body"><p>The old harbour has more quiet corners than most visitors ever find, and the best of them are a short walk from the ferry.</p>
        <div><img src="http://x.test/corner-1.jpg"></div>
        <p>Start at the coal steps behind the customs house, where the wall keeps the wind off and the gulls leave you alone.</p>
        <p>End at the lock gates after dark, when the last ferry has gone and the only sound is the water against the old stones. None of these places is a secret, exactly, but most people hurry past them on the way to the fish market and the car park. Take an hour, take a flask of tea, and let the harbour show you what it has kept. I promise you will come back.</p>
        <p><span><i>Images: </i><i><a href="http://pictures.test/">Stockroom</a></i><i>; Ina Vole, Tam Reddish/Quayside</i></span></p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_closing_images_credit_line_is_a_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "corners.html");
        Assert.Equal(["Images: Stockroom; Ina Vole, Tam Reddish/Quayside"], page.Captions);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
