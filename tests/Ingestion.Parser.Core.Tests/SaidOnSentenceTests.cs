using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SaidOnSentenceTests
{
    [Theory]
    [InlineData(" on the radio the east bins are fine so far.")]
    [InlineData(" on TV that the bridge would reopen!")]
    public void Words_closing_a_sentence_after_said_on_are_no_time(string when) => Assert.True(SaidOnSentence.Is(when));

    [Theory]
    [InlineData(" on September 24, 2013 at 5:02 pm")]
    [InlineData(" on Sept. 24.")]
    [InlineData(" on the radio")]
    public void A_date_or_an_open_phrase_is_no_sentence(string when) => Assert.False(SaidOnSentence.Is(when));

    [Fact]
    public void A_readers_sentence_is_no_says_header()
    {
        Assert.False(CommentLine.TryReadAuthor("Chief said on the radio the east bins are fine so far.", out _, out _, out _));
        Assert.True(CommentLine.TryReadAuthor("Marv Hendricks said on September 12, 2019 at 8:31 pm:", out var author, out _, out _));
        Assert.Equal("Marv Hendricks", author);
    }
}
