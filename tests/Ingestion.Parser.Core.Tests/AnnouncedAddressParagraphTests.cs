using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AnnouncedAddressParagraphTests
{
    private const string Address = "http://liste.example/faehrtarife-2013";

    private static ParsedPage Parse(string opening) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Die Fährtarife steigen schon wieder | Inselpartei Westfold</title></head><body>
        <div id=main><h2 class="newsheading">Die Fährtarife steigen schon wieder</h2><div class=newstext>
        <p>Die Fährgesellschaft will ihre Tarife im nächsten Jahr verdoppeln &#8211; viele Inselbewohner könnten sich die Überfahrt dann nicht mehr leisten. {opening}</p><p><a href={Address}>{Address}</a></p>
        </div></div>
        <div class=prevpost><a href=/2012/05/17/treffen/ rel=prev>&larr; Treffen im Hafencafé am Freitag</a></div>
        </body></html>
        """), "post.html");

    [Fact]
    public void A_bare_address_the_paragraph_above_announces_is_text()
    {
        var page = Parse("Wer dagegen ist, trägt sich bitte hier in unsere Liste ein:");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(Address, page.BodyParagraphs[1]);
    }

    [Fact]
    public void A_bare_address_under_a_closed_sentence_is_left_to_the_teaser_rule()
    {
        var page = Parse("Der Ortsverband sammelt deshalb Unterschriften im Hafenbüro.");

        Assert.Single(page.BodyParagraphs);
    }
}
