using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MembershipAppealTests
{
    [Theory]
    [InlineData("The Bugle is reader-supported. Become a member for $5 a month.")]
    [InlineData("Become a supporter today and keep local news free.")]
    public void A_call_to_join_opening_a_sentence_is_an_appeal(string line) => Assert.True(MembershipAppeal.Is(line));

    [Theory]
    [InlineData("Residents can become a member for $20 a year, she said.")]
    [InlineData("The trust plans to repeat the count every two years.")]
    public void A_sentence_about_membership_is_prose(string line) => Assert.False(MembershipAppeal.Is(line));
}
