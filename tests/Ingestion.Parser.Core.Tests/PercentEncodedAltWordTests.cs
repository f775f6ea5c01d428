using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PercentEncodedAltWordTests
{
    [Theory]
    [InlineData("2019%2f04%2f02%2f11%2fhttpsexamplecdn.netmediaqwertyuiop.1a2b3 By Odile Marchetti2019-04-02 10:15:00 UTC", "By Odile Marchetti2019-04-02 10:15:00 UTC")]
    [InlineData("uploads%2Fcard%2Fimage%2F5512%2Fportrait.jpg Tamsin Okafor", "Tamsin Okafor")]
    public void The_escaped_address_word_before_a_byline_goes(string line, string rest)
    {
        var lines = ImagePlaceholderPrefix.Remove([new TextLine(3, line)]);

        Assert.Equal(rest, lines.Single().Text);
        Assert.Equal(3, lines[0].Indent);
    }

    [Theory]
    [InlineData("The council's 2%2f3 majority held, said the clerk.")]
    [InlineData("resize=980%2C640 Tamsin Okafor")]
    [InlineData("uploads%2Fcard%2Fimage%2F5512%2Fportrait.jpg")]
    [InlineData("Search for uploads%2Fcard%2Fimage and more")]
    public void Other_lines_stay(string line) => Assert.Equal(0, PercentEncodedAltWord.Length(line));

    [Fact]
    public void The_headline_over_the_byline_is_the_title_when_the_portraits_escaped_alt_opens_it()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Weather

            Fog keeps ferries in port for a second day

               214
               Shares
               Share
               Tweet
               2019%2f04%2f02%2f11%2fhttpsexamplecdn.netmediaqwertyuiop.1a2b3 By Odile Marchetti2019-04-02 10:15:00 UTC

               Thick fog kept every ferry on the island route in port for a second day on Tuesday, the operator said, and it expects no sailing before noon tomorrow.

               Passengers with bookings can change them without a fee, and the harbour café will stay open late for those waiting on the quay.
            """), "ferries_lynx.txt");

        Assert.Equal("Fog keeps ferries in port for a second day", page.Title);
        Assert.Equal(["Odile Marchetti"], page.Authors);
        Assert.Equal("2019-04-02T10:15:00+00:00", page.PublishedAt);
    }
}
