using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MembershipAppealTests
{
    private const string QuestionLedAppeal =
        "Do pieces and makers like this matter to you? Become a Lantern Member and support independent craft writing. Join a circle of "
        + "curious readers who care about pottery, weaving and glass, apply for our yearly studio grant, and get early access to talks, "
        + "maker discounts, and workshop places at the studio.";

    [Theory]
    [InlineData("The Bugle is reader-supported. Become a member for $5 a month.")]
    [InlineData("Become a supporter today and keep local news free.")]
    [InlineData("The Bugle is reader-supported. Become a Bugle Member for $5 a month.")]
    public void A_call_to_join_opening_a_sentence_is_an_appeal(string line) => Assert.True(MembershipAppeal.Is(line));

    [Theory]
    [InlineData("Residents can become a member for $20 a year, she said.")]
    [InlineData("The trust plans to repeat the count every two years.")]
    [InlineData("The club grew fast. Become a Harbour Rowing Club Member, its posters said, and row for free.")]
    public void A_sentence_about_membership_is_prose(string line) => Assert.False(MembershipAppeal.Is(line));

    [Fact]
    public void A_paragraph_long_appeal_opening_with_a_question_and_then_the_call_is_an_appeal()
    {
        Assert.True(QuestionLedAppeal.Length > 300);
        Assert.True(MembershipAppeal.IsQuestionLed(QuestionLedAppeal));
        Assert.True(BoilerplateFilter.IsBoilerplate(QuestionLedAppeal));
    }

    [Theory]
    [InlineData("Why did the guild change its rules this spring? Members say the old fees kept younger potters out, and the committee agreed after a long meeting in the harbour hall that ran past midnight. Become a member now and the first year costs nothing, the chair told the room, which had not been so full in a decade of meetings.")]
    [InlineData("Was it worth it? \"Become a Lantern Member and you'll see,\" the potter laughed, turning the bowl in the light by the window of the studio she has rented on the quay for eleven years, where the tide comes almost to the door in the spring.")]
    public void A_long_paragraph_whose_question_is_not_followed_by_the_call_or_that_quotes_it_is_prose(string line)
    {
        Assert.True(line.Length > 220);
        Assert.False(MembershipAppeal.IsQuestionLed(line));
    }

    [Fact]
    public void A_magazines_question_led_member_appeal_under_the_text_is_no_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html><head><title>Glazes in the Harbour Light | Lantern</title><meta property="og:site_name" content="Lantern"></head><body>
            <main id="posts" class="entry-content"><h2><a href="/2020/07/glazes">Glazes in the Harbour Light</a></h2>
            <p>A potter on the east quay has spent four winters mixing glazes from the sand, shells and clay she gathers along the harbour wall at low tide.</p>
            <p>Her newest bowls carry the grey-green of the water at dusk, and a small show of them opens at the ferry terminal gallery next month.</p>
            <p>&nbsp;</p>
            <p><strong>Do pieces and makers like this matter to you?</strong> <em>Become a <a href="/members/">Lantern Member</a> and support independent craft writing. Join a circle of curious readers who care about pottery, weaving and glass, apply for our yearly studio grant, and get early access to <a href="/talks/">talks</a>, maker discounts, and workshop places at the studio.</em></p>
            </main></body></html>
            """), "page.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Her newest bowls", page.BodyParagraphs[1], StringComparison.Ordinal);
    }
}
