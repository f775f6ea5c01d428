using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HiddenBoxPictureTests
{
    private static ParsedPage Story(string widgetStyle) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour board buys a new pilot boat</title></head><body>
        <article><h1>Harbour board buys a new pilot boat</h1>
        <div class="body"><img src="/img/pilot-boat.jpg" alt="Pilot boat">
        <p>The harbour board has bought a new pilot boat for the outer channel, its chairman said on Monday at the pier.</p>
        <p>The boat replaces one that served the port for thirty years and will be in service before the winter storms.</p>
        <p>The board did not say what it paid, but the price was put at about two million by people who know the deal.</p></div>
        <div id="pickerA" style="{{widgetStyle}}"><div class="picker"><h3> Which topic are you interested in? </h3>
        <div class="tiles"><div class="topic"><img src="/img/icon-ferries.png"/><p>Ferries</p></div>
        <div class="topic"><img src="/img/icon-cargo.png"/><p>Cargo</p></div>
        <div class="topic"><img src="/img/icon-weather.png"/><p>Weather</p></div></div></div></div>
        </article></body></html>
        """), "pilot-boat.html");

    [Fact]
    public void Labels_under_icons_in_a_box_hidden_by_its_style_are_no_captions()
    {
        var page = Story("display: none");

        Assert.DoesNotContain("Ferries", page.Captions);
        Assert.DoesNotContain("Cargo", page.Captions);
    }
}
