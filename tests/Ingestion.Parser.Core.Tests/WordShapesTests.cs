using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WordShapesTests
{
    private static readonly string[] Words = ["märz", "décembre", "sept", "p.m.", "ago", "x"];
    private readonly WordShapes _shapes = new(Words);

    [Fact]
    public void Never_turns_down_a_word_of_the_set_in_any_case()
    {
        foreach (var word in Words)
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                Assert.True(_shapes.MayHold(written), written);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("the")]
    [InlineData("septembre")]
    [InlineData("mars")]
    [InlineData("a word longer than any in the set")]
    public void Turns_down_words_of_another_length_or_other_first_or_last_letter(string word) => Assert.False(_shapes.MayHold(word));
}
