using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DeskBylineSignOffTests
{
    private static ParsedPage Parse(string signOff) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry riders' most asked questions of the year | harbour.com</title>
        <meta property="og:site_name" content="harbour.com"></head><body>
        <div id="article"><h1>Ferry riders' most asked questions of the year</h1>
        <div id="Byline">By <span class="author vcard"><a class="bl" href="/user/metrodesk/">Metro Desk</a></span>
        <br/>on March 4, 2014 at 10:06 AM</div>
        <div class="entry-content">
        <p>Riders asked the harbour office about timetables more than anything else this year, according to its own count of the letters it answered.</p>
        <p>Some of the other questions that came up again and again were about bicycles, dogs and the late boat on Fridays.</p>
        <p>The lesson, as always: the ferry waits for no one.</p>
        {{signOff}}
        </div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void The_sign_off_under_a_desk_byline_names_the_writer()
    {
        var page = Parse("""<p>-- By Lena Hansen <a class="twitter-follow-button" href="https://twitter.com/lhansen">Follow @lhansen</a></p>""");
        Assert.Equal(["Lena Hansen"], page.Authors);
        Assert.Equal("The lesson, as always: the ferry waits for no one.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_plain_sign_off_names_the_writer_too()
    {
        Assert.Equal(["Lena Hansen"], Parse("<p>-- Lena Hansen</p>").Authors);
    }

    [Fact]
    public void Without_a_sign_off_the_desk_names_no_one()
    {
        Assert.Empty(Parse(string.Empty).Authors);
    }
}
