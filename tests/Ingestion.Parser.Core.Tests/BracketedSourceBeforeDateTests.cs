using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedSourceBeforeDateTests
{
    [Theory]
    [InlineData("(Philippine Daily Ledger) 8:05 am | Thursday, September 26th, 2013", "2013-09-26T08:05:00")]
    [InlineData("(Metro Courier) September 26, 2013", "2013-09-26")]
    public void The_bracketed_source_before_a_date_leaves_the_date(string line, string expected)
    {
        Assert.True(BracketedSourceBeforeDate.TryRead(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("(AP) — The mayor said on Thursday, September 26th, 2013 that the plan was dead.")]
    [InlineData("(Photo: Jun Santos, Ledger) 8:05 am | Thursday, September 26th, 2013")]
    [InlineData("Philippine Daily Ledger 8:05 am | Thursday, September 26th, 2013")]
    [InlineData("(This story has been updated.)")]
    public void Prose_or_a_credit_or_no_brackets_gives_none(string line)
    {
        Assert.False(BracketedSourceBeforeDate.TryRead(line, out _));
    }
}
