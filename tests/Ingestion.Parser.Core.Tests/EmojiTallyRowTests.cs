using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EmojiTallyRowTests
{
    [Fact]
    public void Reaction_tallies_and_the_reply_box_button_are_no_text_of_a_comment()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(FerryVotesPost.Text + """
            2 comments

            Olive Brandt · Mar 21

            Did the county warn you before it changed the file's columns?

            👍4
            Write a reply
            Ned Harlow · Mar 22

            Bookmarking this for the harbour board vote next spring.

            👍 2🎉 1
            Write a reply

            Sign in with GitHub
            """), "page.txt");

        Assert.Equal(["Olive Brandt", "Ned Harlow"], page.Comments.Select(c => c.Author));
        Assert.Equal("Did the county warn you before it changed the file's columns?", Assert.Single(page.Comments[0].Paragraphs));
        Assert.Equal("Bookmarking this for the harbour board vote next spring.", Assert.Single(page.Comments[1].Paragraphs));
    }

    [Fact]
    public void An_emoji_alone_or_beside_words_stays()
    {
        Assert.False(EmojiTallyRow.Is("👍"));
        Assert.False(EmojiTallyRow.Is("👍 2 more like this"));
        Assert.False(EmojiTallyRow.Is("2 👍"));
        Assert.True(EmojiTallyRow.Is("👍 2🎉 1"));
    }
}
