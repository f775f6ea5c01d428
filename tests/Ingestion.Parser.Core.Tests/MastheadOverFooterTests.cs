using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MastheadOverFooterTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void The_logo_repeated_over_the_footer_starts_it()
    {
        var lines = Lines("Nine Harbour News\n\nHeadline\n\nLeanne of Blacktown Posted at 9:31pm\nStay safe everyone.\n\nNine Harbour News\nContact us | Privacy");
        Assert.Equal(7, MastheadOverFooter.Start(lines, 8));
    }

    [Fact]
    public void A_comment_line_that_is_not_the_logo_stays()
    {
        var lines = Lines("Nine Harbour News\n\nHeadline\n\nLeanne of Blacktown Posted at 9:31pm\nStay safe everyone.\n\nThanks to the crews.\nContact us | Privacy");
        Assert.Equal(8, MastheadOverFooter.Start(lines, 8));
    }
}
