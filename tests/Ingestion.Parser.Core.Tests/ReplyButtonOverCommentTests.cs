using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReplyButtonOverCommentTests
{
    [Theory]
    [InlineData("Dat klopt.\n\nLog in om te reageren\n\nAnn Rowley zegt:\n27 september 2013 om 15:02", 2)]
    [InlineData("Fair.\n\n    Log in to Reply\n\nAnn Rowley says:\nSeptember 27, 2013 at 3:02 pm", 2)]
    public void A_reply_button_over_the_next_comments_dated_header_is_that_comments_button(string page, int index)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.True(ReplyButtonOverComment.Is(lines, index));
    }

    [Theory]
    // The last comment's button: nothing dated under it.
    [InlineData("Dat klopt.\n\nLog in om te reageren\n\nPrivacybeleid\nContact", 2)]
    // The thread's form, worded as no button row.
    [InlineData("Dat klopt.\n\nJe moet ingelogd zijn om een reactie te plaatsen.\n\nAnn Rowley zegt:\n27 september 2013 om 15:02", 2)]
    public void Without_a_dated_header_under_it_or_a_buttons_wording_it_is_none(string page, int index)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.False(ReplyButtonOverComment.Is(lines, index));
    }
}
