using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NewWindowNoticeTests
{
    private static ParsedPage Parse(string note) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Video platform adds comments to shared recordings</title></head><body>
        <h1>Video platform adds comments to shared recordings</h1>
        <div id="description" class="entry-text">
        <p>A video hosting company announced updates to its recording tools on Tuesday. The company <a href="https://example.com/press" title="Opens a new window" target="_blank">said{note}</a> that viewers can now reply to a shared recording.</p>
        <p>The firm also redesigned its library page, so that recordings made on a phone and on a desktop sit in the same folders for the whole team.</p>
        </div></body></html>
        """), "news.html");

    [Theory]
    [InlineData("<span class=\"external-link-icon\">Opens a new window </span>")]
    [InlineData("<span class=\"sr-note\">(opens in a new tab)</span>")]
    public void A_screen_reader_note_inside_a_link_is_no_word_of_the_sentence(string note)
    {
        var page = Parse(note);

        Assert.StartsWith("A video hosting company announced updates to its recording tools on Tuesday. The company said that viewers", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Other_words_in_a_link_stay()
    {
        var page = Parse(" <em>in a statement</em>");

        Assert.Contains("said in a statement that viewers", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
