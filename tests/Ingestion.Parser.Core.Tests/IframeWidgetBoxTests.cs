using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class IframeWidgetBoxTests
{
    private static IReadOnlyList<string> BodyOf(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Rents rise again - Money Desk</title></head><body>
        <h1>Rents rise again</h1>
        <div id="storytext">
        <p>Rents in the city rose for the ninth month in a row in March, the housing office said on Monday in its report.</p>
        {{box}}
        <p>The rise was sharpest in the harbour district, where new flats have drawn buyers from across the region, it said.</p>
        <p>Tenants' groups called on the council to cap increases, a step the council has twice declined to take.</p>
        </div></body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void A_widgets_frame_with_its_suppliers_credit_and_links_is_no_text()
    {
        var body = BodyOf("""
            <div class="module"><div class="module-body"><div id="calc-article"><div>
            <style>div.hdr { height: 30px; }</style><script>window.calcClick = function() {};</script>
            <div class="hdr">Powered by CalcWidgets.example</div>
            <iframe class="calc-iframe" src="https://calcwidgets.example/embed/rent?key=1" scrolling="no"></iframe>
            <div id="calc-links"><a class="right" href="#">Disclosures</a> <a href="https://calcwidgets.example">CalcWidgets.example</a></div>
            <img src="https://calcwidgets.example/ck" style="height:0px; width:0px;display: none;">
            </div></div></div></div>
            """);

        Assert.Equal(3, body.Count);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("CalcWidgets", StringComparison.Ordinal));
    }

    [Fact]
    public void A_frame_beside_a_paragraph_of_the_text_leaves_the_paragraph()
    {
        var body = BodyOf("""
            <div class="embed"><p>The housing office's own chart, below, shows the rise month by month since last spring.</p><iframe src="https://charts.example/rent"></iframe></div>
            """);

        Assert.Contains(body, paragraph => paragraph.StartsWith("The housing office's own chart", StringComparison.Ordinal));
    }
}
