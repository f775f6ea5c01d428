using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TrailingEmojiTests
{
    [Theory]
    [InlineData("Hi everyone! 👋")]
    [InlineData("That's all for this week. ☕️")]
    [InlineData("See you next Sunday! 🙌🏽✨")]
    public void A_sentence_closed_by_emoji_still_ends(string text) => Assert.True(Words.EndsSentence(text));

    [Theory]
    [InlineData("Rating: ★★★★☆")]
    [InlineData("Garden tools 🛠")]
    [InlineData("Weekend 🌞")]
    public void A_label_or_a_heading_with_symbols_ends_no_sentence(string text) => Assert.False(Words.EndsSentence(text));

    [Fact]
    public void A_greeting_closed_by_an_emoji_opens_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Garden letter 12</title></head><body><h1>Garden letter 12</h1><main><div class="content">
            <p>Hi everyone! &#x1F44B;</p>
            <p>Welcome to the twelfth garden letter.</p>
            <p>There is quite a bit of news from the garden this week, with roses and tomatoes and a new shed to tell you about.</p>
            <h2>Roses</h2><p>The roses opened early this year, two weeks before the ones on the south wall did.</p>
            </div></main></body></html>
            """), "letter.html");

        Assert.Equal("Hi everyone! 👋", page.BodyParagraphs[0]);
    }
}
