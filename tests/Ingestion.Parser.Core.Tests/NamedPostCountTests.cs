using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NamedPostCountTests
{
    [Theory]
    [InlineData("oldtimer52 Posts: 214")]
    [InlineData("D Marsh Posts: 5")]
    [InlineData("Chet Posts: 1,512")]
    public void A_commenters_name_beside_their_post_count_is_the_panel(string line) => Assert.True(NamedPostCount.Is(line));

    [Theory]
    [InlineData("Posts: 214")]
    [InlineData("The agency said. Posts: 12")]
    [InlineData("Blog Posts: 2013 archive")]
    [InlineData("The city has had 14 main breaks since January, he said.")]
    public void Other_lines_are_left_alone(string line) => Assert.False(NamedPostCount.Is(line));

    [Fact]
    public void The_panel_line_is_no_paragraph_of_a_townnews_comment()
    {
        var lines = new PageLines(TextLine.Split("3 comments:\n\noldtimer52 posted at 6:12 pm on Wed, Sep 25, 2013.\noldtimer52 Posts: 214\nMy dad helped lay some of that pipe.\n\nD Marsh posted at 7:05 am on Thu, Sep 26, 2013.\nD Marsh Posts: 5\nGood for Overbey for asking.\n"));
        var comments = TextCommentParser.Parse(lines);
        Assert.Equal(["oldtimer52", "D Marsh"], comments.Select(comment => comment.Author));
        Assert.Equal(["My dad helped lay some of that pipe."], comments[0].Paragraphs);
        Assert.Equal(["Good for Overbey for asking."], comments[1].Paragraphs);
    }
}
