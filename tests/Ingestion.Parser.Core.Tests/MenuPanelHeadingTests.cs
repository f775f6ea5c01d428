using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuPanelHeadingTests
{
    private static string Page(string menu) => $"""
        <html lang="de"><head><title>Marktbrunnen - Stadt Lindenau</title><meta charset="utf-8"></head><body>
        <div id="content-wrapper">
        <aside>{menu}</aside>
        <div id="content"><div class="content-inner-wrapper">
        <h1>Marktbrunnen</h1>
        <section><div class="col1"><p>Der Marktbrunnen wurde im 16. Jahrhundert aus Sandstein gebaut und versorgte die Bewohner der Altstadt lange mit frischem Wasser. Heute sprudelt er nur noch im Sommer.</p>
        <p>Rund um den Brunnen findet jeden Samstag der Wochenmarkt statt, und in den Cafés am Platz lässt es sich gut eine Pause einlegen.</p></div></section>
        </div></div></div></body></html>
        """;

    [Fact]
    public void The_h1_of_a_mega_menus_panel_gives_way_to_the_pages_own_h1()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""
            <nav><ul id="nav"><li><a class="nav-link" href="/rathaus">Rathaus</a><div class="nav-content"><section class="nav-content-links"><h1>Rathaus</h1>
            <ul><li><a href="/buergerbueros">Bürgerbüros</a></li><li><a href="/notdienste">Notdienste</a></li></ul></section></div></li></ul></nav>
            """)), "brunnen.html");

        Assert.Equal("Marktbrunnen", page.Title);
    }

    [Theory]
    [InlineData("<nav><h1>Rathaus</h1></nav>", true)]
    [InlineData("<div role=\"navigation\"><section><h1>Rathaus</h1></section></div>", true)]
    [InlineData("<div class=\"box\"><h1>Rathaus</h1></div>", false)]
    public void Only_a_heading_inside_the_navigation_is_a_menu_panels(string markup, bool panel)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");
        Assert.Equal(panel, MenuPanelHeading.Is(document.QuerySelector("h1")!));
    }
}
