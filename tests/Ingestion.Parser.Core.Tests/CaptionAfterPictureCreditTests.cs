using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CaptionAfterPictureCreditTests
{
    private const string Page = """
        <html><head><title>Harbour ferry returns for the summer | Example Herald</title></head><body>
        <article class="node node-article"><header><h1>Harbour ferry returns for the summer</h1></header>
        <div class="view view-photo-box"><div class="field-content"><div class="file file-image">
        <div class="content">
        <img src="http://x.test/media/ferry.jpg" width="960" height="540" alt="" />
        <div class="field field-name-field-authors field-label-inline"><h3 class="field-label">Photo by:&nbsp;</h3>
        <div class="field-items"><div class="field-item even">Harbour Pictures</div></div></div>
        <div class="field field-name-field-description field-label-hidden"><div class="field-items"><div class="field-item even">
        The old ferry leaves the yard on Thursday morning, towed by two tugs from the boatyard. (Photo/Harbour Pictures, Lena Osei)
        </div></div></div>
        </div></div></div></div>
        <div class="field field-name-body"><div class="field-items"><div class="field-item even">
        <p>The old ferry came back to the harbour on Thursday after a long winter in the yard, and half the town turned out to see it.</p>
        <p>Its captain said the first crossing went well, and that the boat would run every hour from next week until the autumn.</p>
        </div></div></div>
        </article></body></html>
        """;

    [Fact]
    public void The_caption_after_the_credit_under_a_picture_is_an_entry_after_the_credit()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(
            ["Photo by: Harbour Pictures", "The old ferry leaves the yard on Thursday morning, towed by two tugs from the boatyard. (Photo/Harbour Pictures, Lena Osei)"],
            page.Captions);
    }

    [Fact]
    public void A_line_after_the_credit_that_carries_no_credit_is_no_caption()
    {
        var html = Page.Replace(" (Photo/Harbour Pictures, Lena Osei)", string.Empty);
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal(["Photo by: Harbour Pictures"], page.Captions);
    }
}
