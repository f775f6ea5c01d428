using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditInLayoutRowTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back | Harbour Post</title></head><body>
        <article><header class="single-header"><div class="row"><h1 class="post-title">Ferry back in service after the storm</h1></div>
        <div class="byline-row"><span class="byline">By Marta Olsen</span></div>
        <div class="post-featured-media-wrapper"><div class="post-featured-media"><img src="http://x.test/ferry.jpg"></div></div>
        {{row}}
        </header>
        <div class="article-content">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_credit_alone_in_a_layout_row_under_the_pictures_box_is_its_caption()
    {
        var page = Parse("""<div class="row"><div class="columns end credit"> Harbour Pictures </div></div>""");
        Assert.Equal(["Harbour Pictures"], page.Captions);
    }

    [Fact]
    public void A_row_holding_more_than_the_credit_is_not_read_so()
    {
        var page = Parse("""<div class="row"><div class="columns end credit"> Harbour Pictures </div><div class="columns">Share this story</div></div>""");
        Assert.DoesNotContain("Harbour Pictures", page.Captions);
    }
}
