using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommissionDisclosedProductBoxTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>The long wait for the harbour ferry</title></head><body><article><h1>The long wait for the harbour ferry</h1>
        <div class="post-content"><p>The morning boat left twenty minutes late again, the third time this week, and the queue reached the car park.</p>
        {{box}}
        <p>The operator blamed a crew shortage and promised a second boat on the route from the first week of the new month.</p></div>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void A_shopping_box_under_its_commission_disclosure_is_no_text()
    {
        var page = Parse("""
            <div class="inset"><div class="disclosure">Tidewater Media may get a commission</div><div class="card">
            <a href="https://shop.example/kettle"><img src="k.jpg" alt="Kettle"><span>Save 20%</span><span>Camp Kettle 2</span></a>
            <p><span>A folding kettle that boils a litre in four minutes on any camping stove.</span></p>
            <a href="https://shop.example/kettle"><button>Shop at Outfitter</button></a></div></div>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("kettle", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_paragraph_about_commissions_stays()
    {
        var page = Parse("""<p>The ticket agents may earn a commission on each season pass, the council's report says, which explains the push.</p>""");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The ticket agents may earn a commission", StringComparison.Ordinal));
    }
}
