using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"On March 4, 2015, at 9:12 PM, riverbend wrote:": a comment header with the date first and the name last (DateOpenedWroteHeader).</summary>
public class DateOpenedWroteHeaderTests
{
    private static ParsedPage Parse(string firstHeader, string secondHeader) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "<html><head><title>Ferry fares</title></head><body><article><h1>Harbour board explains the ferry fare trial</h1>"
        + "<p>The harbour board has explained why it charged some riders a different fare for a week, after complaints from commuters.</p>"
        + "<p>The trial, the board said, was meant to learn whether cheaper evening crossings would fill the late boats.</p></article>"
        + "<div id=\"comments\"><h3>Readers' comments</h3><ul>"
        + "<li><div class=\"head\"><h6>" + firstHeader + "</h6></div><div class=\"post\"><p>The late boat was empty all week anyway.</p></div></li>"
        + "<li><div class=\"head\"><h6>" + secondHeader + "</h6></div><div class=\"post\"><p>Cheaper fares would bring me back to the ferry.</p></div></li>"
        + "</ul></div></body></html>"), "fares.html", "text/html");

    [Fact]
    public void A_header_opening_with_its_date_names_the_commenter_after_the_last_comma()
    {
        var page = Parse("On March 4, 2015,\nat 9:12 PM,\n<a href=\"/u/1\"><strong>riverbend</strong></a> wrote:", "On March 5, 2015,\nat 7:40 AM,\n<a href=\"/u/2\"><strong>tidewatcher</strong></a> wrote:");
        Assert.Equal(["riverbend", "tidewatcher"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["2015-03-04T21:12:00", "2015-03-05T07:40:00"], page.Comments.Select(comment => comment.PostedAt));
        Assert.Equal(["The late boat was empty all week anyway."], page.Comments[0].Paragraphs);
    }

    [Fact]
    public void Only_an_opening_date_is_split_off()
    {
        Assert.True(DateOpenedWroteHeader.TrySplit("On March 4, 2015, at 9:12 PM, riverbend", out var name, out var time));
        Assert.Equal("riverbend", name);
        Assert.NotNull(time);
        Assert.False(DateOpenedWroteHeader.TrySplit("On balance, Maya Holt", out _, out _));
        Assert.False(DateOpenedWroteHeader.TrySplit("Once more, Maya Holt", out _, out _));
        Assert.False(DateOpenedWroteHeader.TrySplit("riverbend", out _, out _));
    }
}
