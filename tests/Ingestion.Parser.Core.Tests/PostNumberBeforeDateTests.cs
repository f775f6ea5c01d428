using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostNumberBeforeDateTests
{
    [Theory]
    [InlineData("#1 Sep 27, 2013", "Sep 27, 2013")]
    [InlineData("#12 Sep 28, 2013", "Sep 28, 2013")]
    [InlineData("#1234567 Sep 27, 2013", "#1234567 Sep 27, 2013")]
    [InlineData("#1Sep 27, 2013", "#1Sep 27, 2013")]
    [InlineData("Sep 27, 2013", "Sep 27, 2013")]
    [InlineData("#metoo Sep 27", "#metoo Sep 27")]
    [InlineData("#12  Octubre  |  26/09/2013 - 11:40h", "#12  Octubre  |  26/09/2013 - 11:40h")]
    [InlineData("#12 Octubre | 26/09/2013 - 11:40h", "#12 Octubre | 26/09/2013 - 11:40h")]
    public void Only_a_spaced_post_number_before_the_rest_goes(string line, string expected) =>
        Assert.Equal(expected, PostNumberBeforeDate.Without(line));

    [Fact]
    public void A_numbered_date_line_is_a_date_and_a_numbered_ranking_is_not()
    {
        var lines = new PageLines(TextLine.Split("#1 Sep 27, 2013\n#1 in the state for graduation rates"));
        Assert.True(lines.TryParseDate(0, out var time));
        Assert.Equal("2013-09-27", time.ToIso());
        Assert.False(lines.TryParseDate(1, out _));
    }

    [Fact]
    public void A_hosted_forums_posts_under_a_story_are_read_with_their_dates()
    {
        const string Thread = """
            Old Mill Road
            #1 Sep 27, 2013
            Four patients a night. My father was one of those four in March.
            Reply » | Judge it! | Report Abuse
            Nurse in Lima Since: Jan 12
            #2 Sep 28, 2013
            The traveling doctors are good doctors.
            Reply » | Judge it! | Report Abuse
            """;
        var comments = TextCommentParser.Parse(new PageLines(TextLine.Split(Thread)));
        Assert.Equal(2, comments.Count);
        Assert.Equal("Old Mill Road", comments[0].Author);
        Assert.Equal("2013-09-27", comments[0].PostedAt);
        Assert.Equal(["Four patients a night. My father was one of those four in March."], comments[0].Paragraphs);
        Assert.Equal("Nurse in Lima", comments[1].Author);
        Assert.Equal("2013-09-28", comments[1].PostedAt);
    }
}
