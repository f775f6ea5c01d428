using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineTrailingEmailTests
{
    [Theory]
    [InlineData("By NJERI MWANGI, nmwangi@ke.dailycourier.com", "By NJERI MWANGI")]
    [InlineData("by Otieno Kamau, okamau@nation.example.co.ke", "by Otieno Kamau")]
    public void An_address_after_the_bylines_comma_is_dropped(string line, string expected) =>
        Assert.Equal(expected, BylineTrailingEmail.Without(line));

    [Theory]
    [InlineData("Write to Njeri Mwangi, nmwangi@ke.dailycourier.com")]
    [InlineData("By Njeri Mwangi, Nairobi")]
    [InlineData("By Njeri Mwangi, email nmwangi@ke.dailycourier.com")]
    [InlineData("By Njeri Mwangi, @njerim")]
    public void A_contact_line_a_place_or_a_handle_stays(string line) =>
        Assert.Equal(line, BylineTrailingEmail.Without(line));

    [Fact]
    public void The_byline_then_names_the_writer()
    {
        var found = default(MetadataLine.Found);

        Assert.True(MetadataLine.TryRead("By NJERI MWANGI, nmwangi@ke.dailycourier.com", ref found));
        Assert.Equal(["NJERI MWANGI"], found.Authors);
    }
}
