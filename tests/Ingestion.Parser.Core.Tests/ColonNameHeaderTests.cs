using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColonNameHeaderTests
{
    [Theory]
    [InlineData("Mick Dawes:\nGood decision. The science has been settled for fifty years.", true)]
    [InlineData("Mick Dawes:\n\nGood decision. The science has been settled.", true)]
    [InlineData("Your Comment:\nType your comment here and press submit.", false)]
    [InlineData("Email Address:\nWebsite:", false)]
    [InlineData("Name:\nGood decision. The science has been settled.", false)]
    [InlineData("Mick Dawes:\nAgreed.", false)]
    [InlineData("Mick Dawes\nGood decision. The science has been settled.", false)]
    public void A_two_word_name_with_a_colon_over_a_sentence_heads_a_comment(string text, bool expected) =>
        Assert.Equal(expected, ColonNameHeader.IsOverText(new PageLines(TextLine.Split(text)), 0));

    [Theory]
    [InlineData("Realist:\n\nCabinet should be picked on merit, not to tick boxes.\n\n18 Sep 2013 2:20:07pm | Reply", true)]
    [InlineData("Realist:\nCabinet should be picked on merit.\nThat is all I ask of them.\n18 Sep 2013 2:20:07pm", true)]
    [InlineData("Realist:\n\nCabinet should be picked on merit, not to tick boxes.\n\nAlert moderator", false)]
    [InlineData("Website:\n\nCabinet should be picked on merit, not to tick boxes.\n\n18 Sep 2013 2:20:07pm", false)]
    [InlineData("Quote:\nOriginally Posted by gullsfan_in_exile\nMarchbanks is not the answer either.\n\n09-24-2013, 07:45 PM", false)]
    [InlineData("Comments:\nCabinet should be picked on merit, not to tick boxes.\nEmail:\n18 Sep 2013 2:20:07pm", false)]
    public void A_one_word_name_with_a_colon_heads_a_comment_only_over_text_and_its_time(string text, bool expected) =>
        Assert.Equal(expected, ColonNameHeader.IsOverText(new PageLines(TextLine.Split(text)), 0));

    [Fact]
    public void A_compact_thread_of_colon_names_over_text_over_times_is_read()
    {
        const string Thread = "Comments (2)\nMick Dawes:\nGood decision. The science has been settled for fifty years.\n17 Sep 2013 10:48:05am\nAlert moderator\n"
            + "Jan Rowe:\nSettled science didn't ask me if I wanted medication in my tap water.\n17 Sep 2013 11:15:40am\nAlert moderator\n";

        var comments = TextCommentParser.Parse(new PageLines(TextLine.Split(Thread)));

        Assert.Equal(["Mick Dawes", "Jan Rowe"], comments.Select(comment => comment.Author));
        Assert.Equal(["2013-09-17T10:48:05", "2013-09-17T11:15:40"], comments.Select(comment => comment.PostedAt));
    }
}
