using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostedByColonSignatureTests
{
    [Theory]
    [InlineData("Posted by: Frank Lobo | March 12, 2013 at 10:14PM")]
    [InlineData("  Posted by: Carol D. | March 13, 2013 at 7:52AM")]
    public void A_labelled_name_with_its_colon_signs_a_comment(string line) => Assert.True(PostedByColonSignature.Is(line));

    [Theory]
    [InlineData("Posted by Frank Lobo on March 12, 2013")]
    [InlineData("Posted by:")]
    [InlineData("Two more summers of waiting for the tide.")]
    public void Other_lines_are_no_such_signature(string line) => Assert.False(PostedByColonSignature.Is(line));
}
