using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FormPanelTitleCaptionTests
{
    private static ParsedPage Parse(string panel) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares to rise in spring | Harbour Gazette</title></head><body>
        <article><h1>Ferry fares to rise in spring</h1>
        <p class="byline">By Dana Ruiz</p>
        <figure><img src="/img/ferry.jpg" alt=""><figcaption>The morning ferry at the island pier.</figcaption></figure>
        <p>The island ferry company will raise its fares by four per cent in the spring, the harbour board was told on Monday evening.</p>
        <p>Season tickets for islanders keep their price until the autumn, when the board will look at the timetable again.</p>
        </article>
        {{panel}}
        </body></html>
        """), "fares.html");

    [Fact]
    public void The_title_of_a_panel_over_its_search_form_is_no_caption()
    {
        var page = Parse("""
            <div id="searchPanel"><div class="close-panel" aria-label="Close"></div><div class="panel-caption">Find Stories</div><hr class="separator">
            <form action="/news/"><input type="text" name="keywords" placeholder="search keywords"><button type="submit">DONE</button></form></div>
            """);
        Assert.Equal(["The morning ferry at the island pier."], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_caption_in_a_box_with_its_picture_stays_though_a_form_follows()
    {
        var page = Parse("""
            <div class="gallery"><img src="/img/pier.jpg" alt=""><div class="gallery-caption">Gulls over the old pier at dusk.</div>
            <form action="/vote/"><input type="radio" name="best" value="1"><button type="submit">Vote</button></form></div>
            """);
        Assert.Contains("Gulls over the old pier at dusk.", page.Captions);
    }

    [Fact]
    public void A_caption_classed_line_with_no_form_after_it_is_still_read()
    {
        var page = Parse("""
            <div class="promo"><div class="panel-caption">Gulls over the old pier at dusk.</div><p class="note">Harbour Gazette</p></div>
            """);
        Assert.Contains("Gulls over the old pier at dusk.", page.Captions);
    }
}
