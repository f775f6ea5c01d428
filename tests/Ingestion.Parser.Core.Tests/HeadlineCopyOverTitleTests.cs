using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineCopyOverTitleTests
{
    [Fact]
    public void A_line_repeating_the_headline_is_no_masthead() =>
        Assert.True(HeadlineCopyOverTitle.Is("Margaret Ann \"Peggy\" Lowell", "Margaret Ann \"Peggy\" Lowell"));

    [Fact]
    public void A_name_other_than_the_headline_may_be_the_masthead() =>
        Assert.False(HeadlineCopyOverTitle.Is("The Cass County Pioneer", "Harold James Benning"));
}
