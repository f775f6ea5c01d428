using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColonPostedByLabelTests
{
    [Theory]
    [InlineData("Posted by: Dana Whitlock")]
    [InlineData("Written by: Dana Whitlock")]
    public void A_label_with_its_colon_opens_a_byline(string line) => Assert.Equal(["Dana Whitlock"], BylineParser.TryRead(line));

    [Fact]
    public void A_sentence_about_posting_is_no_byline() => Assert.Null(BylineParser.TryRead("Posted bylaws: the council will vote on them Tuesday."));
}
