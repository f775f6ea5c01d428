using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PressReleaseHeaderTests
{
    [Theory]
    [InlineData("FOR IMMEDIATE RELEASE")]
    [InlineData("For Immediate Release: Sept. 30, 2013")]
    [InlineData("Contact: Lorna Vickery, Public Information Officer")]
    [InlineData("Media Contact: Dan Ruiz, 555-0110")]
    [InlineData("(555) 555-0177 | lvickery@harlowcounty.example.gov")]
    public void The_release_header_lines_are_furniture(string line) => Assert.True(PressReleaseHeader.Is(line));

    [Theory]
    [InlineData("For immediate relief, the county opened two cooling centers on Monday.")]
    [InlineData("Contact: call the front desk if you have questions about the program.")]
    [InlineData("Email questions to stormrepair@harlowcounty.example.gov or call 555-0177 before Nov. 1.")]
    [InlineData("County opens applications for storm-damage home repair grants")]
    [InlineData("Rob Whitcomb 9/26/2013 @ 12:14PM")]
    public void A_sentence_or_a_headline_is_no_release_header(string line) => Assert.False(PressReleaseHeader.Is(line));
}
