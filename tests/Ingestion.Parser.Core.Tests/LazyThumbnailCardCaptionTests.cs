using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LazyThumbnailCardCaptionTests
{
    private const string Page = """
        <html><head><title>Tilts atkal atvērts / Raksts / Upes Vēstis</title></head><body>
        <section class="gallery-single"><div class="photo"><figure><img src="https://x.test/tilts.jpg"></figure><figcaption><span class="photo__title">Jaunais tilts pār upi rīta miglā</span></figcaption></div></section>
        <article class="article"><h1>Tilts pār upi atkal atvērts satiksmei</h1>
        <div class="article__body">
        <p>Pēc divu mēnešu remonta tilts pār upi kopš pirmdienas atkal ir atvērts visiem transportlīdzekļiem, paziņoja pilsētas dome.</p>
        <p>Remonts ieilga, jo rezerves daļas bija jāpasūta no ārzemēm un piegāde aizkavējās vairākas nedēļas.</p>
        </div></article>
        <section class="block" id="article-related"><div class="row articles">
        <div class="col"><article class="thumbnail"><figure><a class="thumbnail__image lazy" data-original="https://x.test/thumb/1.jpg" href="/raksts/zinas/tirgus-parcelas.a101/"></a><div class="thumbnail__details"></div></figure><figcaption class="brand-br"><a class="thumbnail__caption" href="/raksts/zinas/tirgus-parcelas.a101/">Tirgus pārceļas uz jauno laukumu</a></figcaption></article></div>
        <div class="col"><article class="thumbnail"><figure><a class="thumbnail__image lazy" data-original="https://x.test/thumb/2.jpg" href="/raksts/zinas/skola-remonts.a102/"></a></figure><figcaption class="brand-br"><a class="thumbnail__caption" href="/raksts/zinas/skola-remonts.a102/">Skolas remonts sāksies vasarā<span class="thumbnail__comments">(4)</span></a></figcaption></article></div>
        </div></section></body></html>
        """;

    [Fact]
    public void A_cards_headline_beside_its_lazy_thumbnail_is_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "tilts.html");
        Assert.Equal(["Jaunais tilts pār upi rīta miglā"], page.Captions);
    }

    [Fact]
    public void A_caption_with_words_of_its_own_beside_the_figure_stays()
    {
        var html = Page.Replace("""<figcaption class="brand-br"><a class="thumbnail__caption" href="/raksts/zinas/tirgus-parcelas.a101/">Tirgus pārceļas uz jauno laukumu</a></figcaption>""",
            """<figcaption class="brand-br">Tirgus laukums vakarā. <a href="/raksts/zinas/tirgus-parcelas.a101/">Vairāk</a></figcaption>""");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "tilts.html");
        Assert.Contains("Tirgus laukums vakarā. Vairāk", page.Captions);
    }

    [Fact]
    public void A_caption_linking_elsewhere_than_its_figure_stays()
    {
        var html = Page.Replace("""<a class="thumbnail__caption" href="/raksts/zinas/tirgus-parcelas.a101/">""",
            """<a class="thumbnail__caption" href="/raksts/zinas/cits-stasts.a555/">""");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "tilts.html");
        Assert.Contains("Tirgus pārceļas uz jauno laukumu", page.Captions);
    }
}
