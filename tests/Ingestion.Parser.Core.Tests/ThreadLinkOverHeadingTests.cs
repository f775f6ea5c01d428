using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadLinkOverHeadingTests
{
    [Fact]
    public void A_see_link_over_a_heading_with_the_same_count_is_no_heading()
    {
        var lines = new PageLines(TextLine.Split(
            "See responses (4)\n\nMore From Medium\nThe quiet room is not so quiet anymore\nDev Iyer in Stacks & Shelves\n\nResponses (4)\nWhat are your thoughts?"));
        Assert.True(ThreadLinkOverHeading.Is(lines, 0));
    }

    [Theory]
    [InlineData("See responses (4)\n\nGreg Talley\nMar 3, 2018\nGood for Millbrook.")]
    [InlineData("View comments (3)\n\nMore stories\n\nComments (12)\nName")]
    [InlineData("Responses (4)\n\nResponses (4)")]
    public void A_link_without_its_heading_under_it_or_a_heading_itself_stays(string page)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.False(ThreadLinkOverHeading.Is(lines, 0));
    }
}
