using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PlaceNameWordsTests
{
    [Theory]
    [InlineData("NEW DELHI")]
    [InlineData("SAN FRANCISCO")]
    [InlineData("MEXICO CITY")]
    [InlineData("ST. PETERSBURG")]
    [InlineData("HONG KONG")]
    public void Places_of_several_words_are_told_by_a_word_that_opens_or_closes_them(string place) =>
        Assert.True(PlaceNameWords.Frame(place));

    [Theory]
    [InlineData("JOHN SMITH")]
    [InlineData("ANAND SREEDHARAN")]
    [InlineData("NEWTON")]
    [InlineData("NEW YORK STATE ASSEMBLY MEMBERS")]
    public void Writers_names_and_longer_phrases_are_no_place(string words) =>
        Assert.False(PlaceNameWords.Frame(words));
}
