using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReaderTipCallTests
{
    [Theory]
    [InlineData("Have you been affected by the trackwork? Tell us at newsdesk@coastlinenews.com.au")]
    [InlineData("Were you there? Email us at tips@ledger.example")]
    public void A_question_then_where_to_write_is_a_call_for_tips(string line)
    {
        Assert.True(ReaderTipCall.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Who pays? Tell us, the minister said, and we will listen.")]
    [InlineData("Tell us at newsdesk@coastlinenews.com.au")]
    [InlineData("He asked: who pays? Tell us at once, he said to the officials at the meeting @ noon.")]
    public void A_quoted_question_or_an_address_alone_is_no_call(string line) => Assert.False(ReaderTipCall.Is(line));
}
