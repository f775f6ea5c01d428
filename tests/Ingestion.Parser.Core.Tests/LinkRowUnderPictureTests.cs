using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkRowUnderPictureTests
{
    private static ParsedPage Parse(string underHeader) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry returns - Harbour Notes</title></head><body>
        <div id="container">
        <div id="header"><div id="title"><a href="http://harbour.test/"><img src="http://harbour.test/logo960x200.jpg"></a></div></div>
        {{underHeader}}
        <div id="content"><div class="post">
        <h1>Night ferry returns to the harbour timetable</h1>
        By <span class="meta-author"><a href="http://harbour.test/author/mo/" rel="author">Marta Olsen</a></span>
        <p>The night ferry ran again on Tuesday after two months tied up in the harbour while its engines were rebuilt at the yard.</p>
        <p>The operator said every late crossing this winter would keep its timetable, and that season tickets stay valid for the spring.</p>
        </div></div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_page_menu_under_the_masthead_picture_is_no_caption()
    {
        var page = Parse("""
            <div id="below-header"><div id="pagemenu" class="wrap"><ul class="wrap">
            <li class="home"><a href="http://harbour.test/">Home</a></li>
            <li class="page_item"><a href="http://harbour.test/about/">About</a></li>
            <li class="page_item"><a href="http://harbour.test/contact/">Contact Me</a></li>
            <li class="page_item"><a href="http://harbour.test/history/">9th Ave. Ferry History</a></li>
            <li class="page_item"><a href="http://harbour.test/search/">Search</a></li>
            </ul></div></div>
            """);
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_credit_under_the_picture_with_words_outside_its_link_stays_a_caption()
    {
        var page = Parse("""<div class="credit-line">Photo by <a href="http://a.test/">Ana Ruiz</a>, <a href="http://b.test/">Ben Ode</a> and <a href="http://c.test/">Cy Lund</a> / Harbour Notes</div>""");
        Assert.NotEmpty(page.Captions);
    }
}
