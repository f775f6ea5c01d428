using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HandleBylineTests
{
    [Theory]
    [InlineData("prairiewren", "prairiewren")]
    [InlineData(" valleygirl52 ", "valleygirl52")]
    [InlineData("patriot_in_pa", "patriot_in_pa")]
    [InlineData("Prairie Wren", null)]
    [InlineData("the staff", null)]
    [InlineData("ab", null)]
    [InlineData("name.", null)]
    public void A_lower_case_user_name_alone_is_the_writer(string afterLabel, string? handle) =>
        Assert.Equal(handle, HandleByline.Read(afterLabel)?.Single());

    [Fact]
    public void The_byline_reader_takes_the_user_name_after_by() =>
        Assert.Equal(["prairiewren"], BylineParser.TryRead("by prairiewren"));
}
