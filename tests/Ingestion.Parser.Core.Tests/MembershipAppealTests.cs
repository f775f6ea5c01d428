using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MembershipAppealTests
{
    private const string HookedAppeal =
        "Do stories and makers like this matter to you? Become a Lantern Weekly Member and support independent craft publishing. "
        + "Join a community of like-minded readers who care about paper, wood and thread, apply for our yearly makers' grant, "
        + "and get early access to studio visits, partner discounts, and workshop tickets.";

    [Theory]
    [InlineData("The Bugle is reader-supported. Become a member for $5 a month.")]
    [InlineData("Become a supporter today and keep local news free.")]
    [InlineData("Become a Bugle Member for $5 a month and keep the harbour news free.")]
    public void A_call_to_join_opening_a_sentence_is_an_appeal(string line) => Assert.True(MembershipAppeal.Is(line));

    [Theory]
    [InlineData("Residents can become a member for $20 a year, she said.")]
    [InlineData("The trust plans to repeat the count every two years.")]
    [InlineData("Become a Harbour Pilot, the old poster said, and see the world from the bridge of a tanker.")]
    public void A_sentence_about_membership_is_prose(string line) => Assert.False(MembershipAppeal.Is(line));

    [Fact]
    public void A_long_appeal_hooked_by_a_question_to_the_reader_is_an_appeal()
    {
        Assert.InRange(HookedAppeal.Length, 301, 400);
        Assert.True(MembershipAppeal.Is(HookedAppeal));
        Assert.True(BoilerplateFilter.IsBoilerplate(HookedAppeal));
    }

    [Fact]
    public void A_long_paragraph_with_the_call_but_no_question_before_it_is_prose()
    {
        const string line =
            "The lantern society was down to forty names last spring, its treasurer told the meeting, and the walk could not go on without more hands. "
            + "Become a member, she urged the hall, and the canal would be lit again by October; by the end of the evening sixty people had signed up at the door.";
        Assert.InRange(line.Length, 221, 400);
        Assert.False(MembershipAppeal.Is(line));
    }
}
