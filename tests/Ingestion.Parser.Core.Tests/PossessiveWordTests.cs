using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PossessiveWordTests
{
    [Theory]
    [InlineData("Women's")]
    [InlineData("Men’s")]
    [InlineData("Girls'")]
    public void A_possessive_is_known(string word) => Assert.True(PossessiveWord.IsPossessive(word));

    [Theory]
    [InlineData("O'Neill")]
    [InlineData("D'Angelo")]
    [InlineData("Jones")]
    [InlineData("'s")]
    public void A_name_with_an_apostrophe_is_no_possessive(string word) => Assert.False(PossessiveWord.IsPossessive(word));

    [Theory]
    [InlineData("Women's Volleyball", false)]
    [InlineData("Men's Soccer", false)]
    [InlineData("Kerry O'Neill", true)]
    public void A_section_in_the_possessive_is_no_persons_name(string text, bool person) => Assert.Equal(person, Words.LooksLikePersonName(text));
}
