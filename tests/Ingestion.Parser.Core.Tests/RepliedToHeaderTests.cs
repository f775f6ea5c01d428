using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepliedToHeaderTests
{
    [Theory]
    [InlineData("Asif Malik (Lahore) replied to Vikram Rao", "Asif Malik (Lahore)", "Vikram Rao")]
    [InlineData("kestrel_88 replied to Daniel K.", "kestrel_88", "Daniel K.")]
    [InlineData("Imran Qureshi (Lahore) replies to Rakesh", "Imran Qureshi (Lahore)", "Rakesh")]
    public void A_header_names_the_writer_and_the_commenter_answered(string header, string writer, string parent)
    {
        Assert.True(RepliedToHeader.TryRead(header, out var readWriter, out var readParent));
        Assert.Equal(writer, readWriter);
        Assert.Equal(parent, readParent);
    }

    [Theory]
    [InlineData("The minister replied to the letter on Tuesday and said nothing new about the talks.")]
    [InlineData("Vikram Rao (Bangalore)")]
    public void A_sentence_or_a_bare_name_is_no_reply_header(string line) =>
        Assert.False(RepliedToHeader.TryRead(line, out _, out _));
}
