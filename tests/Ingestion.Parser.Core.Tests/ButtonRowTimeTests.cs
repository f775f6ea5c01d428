using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class ButtonRowTimeTests
{
    [Fact]
    public void Buttons_then_a_time_are_a_button_row() => Assert.True(ButtonRowTime.Is("Reply · Like · 1 day ago"));

    [Theory]
    [InlineData("September 11, 2001 at 8:46 am")]
    [InlineData("I will reply to you on March 2, 2009 at the latest.")]
    public void A_date_alone_or_in_a_sentence_is_not(string text) => Assert.False(ButtonRowTime.Is(text));

    [Fact]
    public void The_row_closes_the_last_comment_before_the_sites_footer()
    {
        var page = "Phones sell out\n\nThe new phones sold out in an hour on Friday at most stores, the company said in a statement.\n\n"
            + "Comments\n\nMina Cho says:\nGold sold out in 20 minutes at the Palo Alto store.\nReply · Like · 2 days ago\n\n"
            + "Stefan Wirth says:\nIt's the same phone with a fingerprint reader.\nReply · Like · 1 day ago\n\nMashabyte\nAbout\nCareers\nPrivacy\n";
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "phones.txt");

        Assert.Equal(["It's the same phone with a fingerprint reader."], parsed.Comments[^1].Paragraphs);
    }
}
