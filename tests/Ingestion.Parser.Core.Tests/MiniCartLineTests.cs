using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MiniCartLineTests
{
    [Theory]
    [InlineData("0 Artikel - CHF 0.00", true)]
    [InlineData("2 items – 45,90 €", true)]
    [InlineData("1 item | $12.00", true)]
    [InlineData("You have no items in your shopping cart.", true)]
    [InlineData("Ihr Warenkorb ist leer.", true)]
    [InlineData("3 items - what to pack for a night out", false)]
    [InlineData("2 Artikel - 3 Seiten", false)]
    [InlineData("Shoppers left their carts empty in the aisles after the outage.", false)]
    public void A_shops_mini_cart_line_is_furniture(string line, bool cart) =>
        Assert.Equal(cart, MiniCartLine.Is(line));

    [Fact]
    public void The_cart_summary_and_notice_over_a_blog_post_are_no_headline_and_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
              * Leuchten
              * Ratgeber
              * Kontakt

            0 Artikel - CHF 0.00

            Ihr Warenkorb ist leer.

              * Start /
              * Ratgeber /
              * Warmes Licht im Herbst

            Warmes Licht im Herbst

            Von Rita Brunner | 14.10.2019 10:15

            Wenn die Tage kürzer werden, lohnt sich ein Blick auf die Beleuchtung im Wohnzimmer, denn eine warme Lichtfarbe macht den Raum gemütlicher.

            Stehleuchten mit Stoffschirm streuen das Licht weich, während Pendelleuchten über dem Esstisch einen hellen Mittelpunkt setzen.
            """), "licht.txt");

        Assert.Equal("Warmes Licht im Herbst", page.Title);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
