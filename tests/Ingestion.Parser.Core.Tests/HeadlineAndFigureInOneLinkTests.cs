using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineAndFigureInOneLinkTests
{
    private static ParsedPage Parse(string card) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>The harbour clock has run backwards since Sunday</title>
        <link rel="canonical" href="https://quayside.example/articles/harbour-clock"></head>
        <body><article><h1>The harbour clock has run backwards since Sunday</h1>
        <div class="content-body"><section class="article-body">
        <p>The clock over the ferry office has been turning its hands the wrong way since a storm on Sunday night, travellers say.</p>
        <p>The harbour board says a mechanic will climb the tower on Friday, and asks travellers to trust the timetable boards for now.</p>
        </section>
        <div class="end-row"><div class="card-wrapper">{{card}}</div></div></div></article></body></html>
        """), "story.html");

    [Fact]
    public void One_link_around_another_storys_headline_deck_and_figure_is_no_text()
    {
        var page = Parse("""
            <a class="card" href="/articles/lighthouse-keeper-retires"><div class="card__text"><div class="card__hat">Read next</div>
            <h3 class="card__heading"><span>The Last Lighthouse Keeper Hands Back His Keys</span></h3>
            <div class="card__deck">Forty years on the rock end with a cup of tea.</div></div>
            <figure class="card__figure"><img data-src="keeper.jpg" src="blank.png" alt=""></figure></a>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("cup of tea"));
    }

    [Fact]
    public void A_link_to_the_page_itself_stays()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><head><link rel="canonical" href="https://quayside.example/articles/harbour-clock"></head><body>
            <a href="https://quayside.example/articles/harbour-clock"><h3>The clock's hands</h3><p>As a traveller filmed them from the quay.</p><figure><img src="clock.jpg" alt=""></figure></a>
            <a href="/articles/lighthouse-keeper-retires"><h3>The Last Lighthouse Keeper</h3><p>Forty years on the rock end with tea.</p><figure><img src="keeper.jpg" alt=""></figure></a>
            </body></html>
            """);

        HeadlineAndFigureInOneLink.Remove(document.Body!, document);

        Assert.Equal(["https://quayside.example/articles/harbour-clock"], document.Body!.SelectAll("a").Select(link => link.GetAttribute("href")));
    }

    [Fact]
    public void A_linked_figure_without_a_heading_or_a_heading_without_a_figure_stays()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body>
            <a href="/photos/clock-tower"><figure><img src="clock.jpg" alt=""><figcaption>The clock tower at dusk.</figcaption></figure></a>
            <a href="/articles/lighthouse-keeper-retires"><h3>The Last Lighthouse Keeper</h3><img src="keeper.jpg" alt=""></a>
            </body></html>
            """);

        HeadlineAndFigureInOneLink.Remove(document.Body!, document);

        Assert.Equal(2, document.Body!.SelectAll("a").Length);
    }

    [Fact]
    public void Cards_in_a_row_of_cards_are_left_to_their_box()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="teasers"><h2>More on ferries</h2>
            <a href="/articles/night-ferry"><figure><img src="a.jpg" alt=""></figure><h3>The Night Ferry Returns</h3><p>The crossing runs again after a winter in dock.</p></a>
            <a href="/articles/ferry-fares"><figure><img src="b.jpg" alt=""></figure><h3>Ferry Fares Rise in May</h3><p>The board blames the price of fuel this spring.</p></a>
            </div></body></html>
            """);

        HeadlineAndFigureInOneLink.Remove(document.Body!, document);

        Assert.Equal(2, document.Body!.SelectAll("a").Length);
    }

    [Fact]
    public void A_card_of_a_label_and_a_headline_alone_is_left_to_the_later_readers()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><a href="/articles/night-ferry"><figure><img src="a.jpg" alt=""></figure><div>More on this</div><h2>The Night Ferry Returns</h2></a></body></html>
            """);

        HeadlineAndFigureInOneLink.Remove(document.Body!, document);

        Assert.Single(document.Body!.SelectAll("a"));
    }
}
