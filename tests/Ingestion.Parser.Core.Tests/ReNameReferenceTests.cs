using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReNameReferenceTests
{
    [Theory]
    [InlineData("RE: laker_for_life", true)]
    [InlineData("RE: WJRX 7 Eyewitness News", true)]
    [InlineData("Re: Sandra Pike", true)]
    [InlineData("Re: the ramps, they stay open all winter.", false)]
    [InlineData("Re: COLUMN: Rams need a new plan", false)]
    [InlineData("Reply | Like (4) | Report Abuse", false)]
    public void A_re_line_naming_a_commenter_is_a_reply_reference(string line, bool reference) => Assert.Equal(reference, ReNameReference.Is(line));

    [Fact]
    public void A_subject_over_a_blank_line_is_no_reference()
    {
        var lines = new PageLines(TextLine.Split("Re: traffic study\n\nPermalink Submitted by Theresa Nguyen on March 13, 2013 - 9:12am.\n\nThe engineer said a light needs state approval."));

        Assert.False(ReNameReference.IsOverHeader(lines, 0));
    }

    [Fact]
    public void A_re_line_over_a_replys_name_makes_it_answer_that_comment()
    {
        var thread = string.Join('\n',
            "Comments (2)",
            "",
            "laker_for_life",
            "Sep 26, 2013 6:02 PM EDT",
            "Better in winter than summer. Check your dock lines, folks.",
            "Reply | Like (4) | Report Abuse",
            "",
            "RE: laker_for_life",
            "dockhand77",
            "Sep 26, 2013 6:30 PM EDT",
            "Same here. Mine ended up on the bank at Gum Branch.",
            "Reply | Like (1) | Report Abuse");

        var comments = TextCommentParser.Parse(new PageLines(TextLine.Split(thread)));

        Assert.Equal(2, comments.Count);
        Assert.Equal("dockhand77", comments[1].Author);
        Assert.Equal(1, comments[1].Parent);
        Assert.Equal(["Better in winter than summer. Check your dock lines, folks."], comments[0].Paragraphs);
    }
}
