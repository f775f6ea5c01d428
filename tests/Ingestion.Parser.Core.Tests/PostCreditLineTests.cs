using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostCreditLineTests
{
    [Theory]
    [InlineData("Posted by: WNN Money Desk", true)]
    [InlineData("Post by: Belief Blog Editor", true)]
    [InlineData("Post by:", true)]
    [InlineData("Posted by the county clerk's office on its website, the notice gave residents 30 days to respond.", false)]
    [InlineData("Posted by Owen Farrady at 11:42 AM ET", false)]
    public void A_templates_labelled_post_credit_is_told(string line, bool expected) => Assert.Equal(expected, PostCreditLine.Is(line));
}
