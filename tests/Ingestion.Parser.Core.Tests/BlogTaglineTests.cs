using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BlogTaglineTests
{
    [Theory]
    [InlineData("Commentary and analysis from Meridian columnists", true)]
    [InlineData("News and notes on the Statehouse", true)]
    [InlineData("Council delays Westgate rezoning vote after four-hour hearing", false)]
    [InlineData("Senators and aides from both parties met on Tuesday.", false)]
    [InlineData("Kerry and Lavrov meet at UN", false)]
    [InlineData("Notes on the nation's money and the people who spend it", true)]
    [InlineData("Dispatches from the campaign trail", true)]
    [InlineData("Notes Show Mayor Knew of Audit", false)]
    [InlineData("Protests in Cairo turn deadly as army moves in", false)]
    public void A_tagline_joins_two_nouns_and_says_what_they_are_about(string line, bool tagline) => Assert.Equal(tagline, BlogTagline.Is(line));
}
