using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionHeadlinePrefixTests
{
    [Theory]
    [InlineData("Opinion\n\nOpinion: Let our teenagers sleep\n\nText.\n\nMore Opinion\nOpinion: The county fair is worth saving", true)]
    [InlineData("Opinion\n\nOpinion: Let our teenagers sleep\n\nText.\n\nMore Opinion\nopinion: what the stadium deal means", true)]
    [InlineData("Hamburger Hafen\n\nHamburger Hafen: Reedereien drohen\n\nText.", false)]
    [InlineData("Opinion\n\nOpinion: Let our teenagers sleep\n\nText.\n\nOpinion: Let our teenagers sleep", false)]
    [InlineData("Opinion\n\nOpinion: Let our teenagers sleep\n\nOpinions: many readers wrote to us about the bell times.", false)]
    public void Another_headline_with_the_same_words_and_colon_makes_them_the_sections_style(string page, bool shared)
    {
        var lines = new PageLines(TextLine.Split(page));
        var title = lines[2].Text;
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        Assert.Equal(shared, SectionHeadlinePrefix.SharedByOtherHeadline(lines, 2, title.AsSpan(0, colon), title.AsSpan(colon + 2)));
    }
}
