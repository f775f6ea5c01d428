using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedAltTextTests
{
    [Theory]
    [InlineData("[Cars fill the main lot on Tuesday.]\n\nCars fill the main lot on Tuesday. — Colleen Marchand/Record", true)]
    [InlineData("[Firefighters at Station 3]\nFirefighters at Station 3 wash an engine. (Gazette photo)", true)]
    [InlineData("[Cars fill the main lot on Tuesday.]\n\nThe health authority said Tuesday that fees will rise.", false)]
    [InlineData("[ Quote ]  [ Reply ]\n\nQuote this post", false)]
    [InlineData("[IMG]\nA caption", false)]
    [InlineData("[Cars fill the main lot on Tuesday.]", false)]
    public void A_bracketed_line_over_the_caption_it_begins_is_the_pictures_alt_text(string page, bool alt)
    {
        var lines = TextLine.Split(page);
        Assert.Equal(alt, BracketedAltText.Is(lines, 0, lines.Count));
    }
}
