using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubmitterLineTests
{
    [Theory]
    [InlineData("Submitted by Harlow County Office of Emergency Management")]
    [InlineData("Posted by Riverside Parks Department")]
    public void A_submitter_line_is_no_headline(string line) => Assert.True(SubmitterLine.Is(line));

    [Theory]
    [InlineData("County opens applications for storm-damage home repair grants")]
    [InlineData("Postal service cuts Saturday delivery in three towns")]
    [InlineData("Submitted")]
    public void A_headline_is_no_submitter_line(string line) => Assert.False(SubmitterLine.Is(line));
}
