using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ElementInvisibleClassTests
{
    [Fact]
    public void Drupals_screen_reader_text_stays_out_of_the_paragraph()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Bus timetable sprint at the harbour | harbourcommons</title></head><body>
            <div id="content"><h1 class="title" id="page-title">Bus timetable sprint at the harbour</h1>
            <div class="node node-article"><div class="field field-name-body"><div class="field-item even">
            <p>The timetable app we built last winter is now used on every ferry of the bay, and the number of riders who plan with it rose <a class="ext" href="https://stats.example/">threefold<span class="ext"><span class="element-invisible"> (link is external)</span></span></a>.</p>
            <p>At the sprint we will port it to the buses, and anyone who wants to help is welcome to join the two days of coding by the water.</p>
            </div></div></div></div></body></html>
            """), "post.html");

        Assert.EndsWith("rose threefold.", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
