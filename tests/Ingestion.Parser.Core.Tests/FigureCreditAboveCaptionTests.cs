using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FigureCreditAboveCaptionTests
{
    private static ParsedPage Parse(string figure) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Harbor board delays dredging vote - Bay Network News</title></head><body>
        <article class="article"><header class="article-header"><h1>Harbor board delays dredging vote</h1></header>
        {{figure}}
        <div class="article-copy">
        <p>The harbor board put off its vote on dredging the north channel on Monday, saying it needed another month to study the costs.</p>
        <p>Shipping firms had pressed the board to approve the work before spring, when the larger freighters start calling at the port.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_credit_on_the_picture_before_the_figcaption_is_an_entry_before_it()
    {
        var page = Parse("""<figure class="article-figure"><div class="img-wrap"><picture><img src="a.jpg" alt="PHOTO: The north channel at low tide."></picture><span class="credit">Dana Ruiz/AP Photo</span></div><figcaption><span class="caption">The north channel at low tide on Sunday.</span></figcaption></figure>""");

        Assert.Equal(["Dana Ruiz/AP Photo", "The north channel at low tide on Sunday."], page.Captions);
    }

    [Fact]
    public void A_credit_after_the_figcaption_stays_its_tail()
    {
        var page = Parse("""<figure class="article-figure"><img src="a.jpg" alt=""><figcaption><span class="caption">The north channel at low tide on Sunday.</span></figcaption><span class="credit">Dana Ruiz/AP Photo</span></figure>""");

        Assert.Equal(["The north channel at low tide on Sunday. Dana Ruiz/AP Photo"], page.Captions);
    }
}
