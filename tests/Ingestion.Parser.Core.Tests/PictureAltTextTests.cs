using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureAltTextTests
{
    [Fact]
    public void An_alt_text_naming_the_captions_person_names_the_same_person()
    {
        Assert.True(PictureAltText.NamesTheSamePerson(
            "Pitcher Owen Strasbourg throws during a spring training game",
            "Owen Strasbourg threw 34 pitches in two innings Tuesday. (Getty Images)"));
    }

    [Fact]
    public void An_alt_text_without_the_captions_name_does_not()
    {
        Assert.False(PictureAltText.NamesTheSamePerson("Rows of lettuce under LED lights", "Owen Strasbourg threw 34 pitches. (Getty Images)"));
    }
}
