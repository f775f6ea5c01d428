using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EnglishDeskBylineTests
{
    private static ParsedPage Parse(string byline, string lastParagraph = "The lesson, as always: the ferry waits for no one.") => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry riders' most asked questions of the year | harbour.com</title>
        <meta property="og:site_name" content="harbour.com"></head><body>
        <div id="article"><h1>Ferry riders' most asked questions of the year</h1>
        <div id="Byline"><div class="EmailPrint"><a class="PrintLink" href="/print">Print</a></div>
        {{byline}}
        <br/>on March 4, 2014 at 10:06 AM</div>
        <div id="social_mobile"><div class="social_simple"><a href="#comments" class="comments_button">View/Post Comments</a></div></div>
        <div class="entry-content">
        <p>Riders asked the harbour office about timetables more than anything else this year, according to its own count of the letters it answered.</p>
        <p>Some of the other questions that came up again and again were about bicycles, dogs and the late boat on Fridays.</p>
        <p>{{lastParagraph}}</p>
        </div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_desk_in_the_byline_names_no_writer()
    {
        var page = Parse("""By <span class="author vcard"><a class="bl" href="/user/metrodesk/">Metro Desk</a></span>""");
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writer_in_the_same_byline_is_kept()
    {
        var page = Parse("""By <span class="author vcard"><a class="bl" href="/user/lhansen/">Lena Hansen</a></span>""");
        Assert.Equal(["Lena Hansen"], page.Authors);
    }
}
