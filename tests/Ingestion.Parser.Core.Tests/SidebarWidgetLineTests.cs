using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SidebarWidgetLineTests
{
    private static ParsedPage Parse(string sidebarClass) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back | Harbour Monthly</title></head><body>
        <div id="main"><div id="primary"><article><h1>Ferry back in service after the storm</h1><p class="byline">By Marta Olsen</p>
        <div class="post_content">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article></div>
        <div id="{{sidebarClass}}" class="main_sidebar"><aside class="widget widget_writers"><h3>Our Top Writers</h3><ul>
        <li><div class="pic"><a href="http://x.test/author/piet-berg"><img src="http://x.test/berg.jpg"></a></div>
        <div class="text"><p class="title"><a href="http://x.test/author/piet-berg">Piet Berg</a></p>
        <p>Piet Berg is a well known shipping economist, former chief pilot at the port and author of "Tides and Tolls" (Harbour Press)</p></div></li>
        </ul></aside></div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void The_line_under_a_picture_in_a_sidebar_widget_is_no_caption()
    {
        var page = Parse("secondary");
        Assert.Empty(page.Captions);
    }
}
