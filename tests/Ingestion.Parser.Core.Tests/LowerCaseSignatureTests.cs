using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"jean-pierre m.": a subscriber's lower-case signature, first name and initial, is a name, not a sentence.</summary>
public class LowerCaseSignatureTests
{
    [Theory]
    [InlineData("jean-pierre m.")]
    [InlineData("marie l.")]
    [InlineData("Jan P.")]
    public void A_first_name_and_an_initial_look_like_a_name(string signature) => Assert.True(Words.LooksLikeName(signature));

    [Theory]
    [InlineData("see plan b.")]
    [InlineData("take vitamin c.")]
    public void A_short_sentence_ending_in_one_letter_stays_a_sentence(string line) => Assert.False(Words.LooksLikeName(line));

    [Fact]
    public void Only_two_words_of_lower_case_letters_and_hyphens_take_the_initial()
    {
        Assert.True(LowerCaseSignature.Is("jean-pierre m.", "jean-pierre m.".LastIndexOf(' ')));
        Assert.False(LowerCaseSignature.Is("see plan b.", "see plan b.".LastIndexOf(' ')));
        Assert.False(LowerCaseSignature.Is("Jean-Pierre m.", "Jean-Pierre m.".LastIndexOf(' ')));
        Assert.False(LowerCaseSignature.Is("go b.", "go b.".LastIndexOf(' ')));
        Assert.False(LowerCaseSignature.Is("marie lu.", "marie lu.".LastIndexOf(' ')));
    }
}
