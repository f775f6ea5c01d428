using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EventListingTimeTests
{
    [Theory]
    [InlineData("<div class=\"widget_events\"><ul><li><time id=\"t\" datetime=\"2019-12-11T00:00:00+01:00\">11.12.2019</time></li></ul></div>", true)]
    [InlineData("<div id=\"termine\"><p><time id=\"t\" datetime=\"2019-12-11\">11.12.</time> Adventsmusik</p></div>", true)]
    [InlineData("<section class=\"event-calendar\"><time id=\"t\" datetime=\"2019-12-11\">11.12.</time></section>", true)]
    [InlineData("<div class=\"meta\"><time id=\"t\" datetime=\"2019-06-07\">07.06.2019</time></div>", false)]
    [InlineData("<div class=\"event-page\"><h1>Adventsmusik in der Kreuzkirche</h1><time id=\"t\" datetime=\"2019-06-07\">07.06.2019</time></div>", false)]
    public void A_time_in_a_box_of_events_beside_the_story_dates_an_event(string markup, bool isEvent)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");

        Assert.Equal(isEvent, EventListingTime.Is(document.GetElementById("t")!));
    }

    [Fact]
    public void The_story_keeps_the_date_it_shows_over_the_next_events_time()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Neue Kantorin für die Kreuzkirche | DIE KIRCHENZEITUNG</title></head><body>
            <div class="content"><div class="col"><h1>Neue Kantorin für die Kreuzkirche</h1><div class="full_article">
            <p>Die Kreuzkirchgemeinde hat eine neue Kantorin: Helga Brenner übernimmt im Herbst die Leitung der Kantorei und des Kinderchores.</p>
            <p>Brenner stammt aus Görlitz, studierte in Leipzig Kirchenmusik und leitete zuletzt acht Jahre lang einen Kammerchor in Halle.</p>
            </div></div>
            <div class="col"><div class="widget_info"><strong>Quelle</strong><br> VERÖFFENTLICHT AM 14.03.2019</div>
            <div class="widget_events"><div class="headline">Aktuelle Veranstaltungen</div>
            <ul class="description"><li><span><time datetime="2019-12-11T00:00:00+01:00">11.12.2019</time>, 14.00 – Görlitz</span></li><li>Seniorennachmittag im Advent</li></ul>
            <ul class="description"><li><span><time datetime="2019-12-14T00:00:00+01:00">14.12.2019</time>, 17.00 – Halle</span></li><li>Adventsmusik</li></ul>
            </div></div></div></body></html>
            """), "page.html");

        Assert.Equal("2019-03-14", page.PublishedAt);
    }
}
