using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class VideoEmbedCardTests
{
    [Theory]
    [InlineData("The Nina Calloway Show 9/24/13", true)]
    [InlineData("Face the Nation 12/1/2013", true)]
    [InlineData("The council voted 5-2 on 9/24/13", false)]
    [InlineData("The Nina Calloway Show", false)]
    public void A_programme_and_the_day_it_aired_close_a_clip_card(string line, bool card) =>
        Assert.Equal(card, VideoEmbedCard.IsProgrammeAndDay(line));

    [Fact]
    public void The_clip_title_programme_line_and_player_state_are_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Kerry and Lavrov meet again on Syria text

            By Owen Thackery

            Secretary of State John Kerry met his Russian counterpart for two hours on Tuesday evening at the United Nations.

            Kerry: 'There must be consequences'
            The Nina Calloway Show 9/24/13
            Now Playing

            The sticking point remains what happens if Syria does not hand over what it has promised to hand over.
            """), "page.txt");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Empty(page.Captions);
    }
}
