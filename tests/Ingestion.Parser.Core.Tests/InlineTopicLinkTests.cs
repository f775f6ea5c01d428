using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InlineTopicLinkTests
{
    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Teacher Paints Mural on School Wall</title></head><body>
        <h1>Teacher Paints Mural on School Wall</h1>
        <div class="body">
        {text}
        <p>The board will take up the matter at its meeting next month, the superintendent said on Tuesday evening.</p>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void Names_linked_to_topic_pages_in_the_sentences_are_no_tags()
    {
        var page = Parse("""
            <p>An art teacher who posted a photo of her mural to <a href="https://news.example.com/topics/companies/photoshare.htm">PhotoShare</a> started an online quarrel.</p>
            <div class="figure"></div>In the past, the <a href="https://news.example.com/topics/us/school-board.htm">School Board</a> has let teachers decide what goes on the walls of their rooms.
            """);

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_row_of_topic_links_under_the_text_gives_the_tags()
    {
        var page = Parse("""
            <p>An art teacher who painted a mural on the wall of her school's gym says she did not expect it to divide the town.</p>
            <p><a href="/topics/schools">Schools</a>, <a href="/topics/art">Art</a></p>
            """);

        Assert.Equal(["Schools", "Art"], page.Tags);
    }

    [Theory]
    [InlineData("Read more on ", false)]
    [InlineData(", ", false)]
    [InlineData("A photographer who posted the picture to ", true)]
    public void Only_a_run_of_words_beside_the_link_is_running_text(string before, bool inline)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<p>{before}<a href=\"/topics/x\">X</a></p>");
        Assert.Equal(inline, InlineTopicLink.Is(document.QuerySelector("a")!));
    }
}
