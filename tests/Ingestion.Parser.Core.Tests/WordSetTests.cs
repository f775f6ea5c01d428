using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WordSetTests
{
    private readonly WordSet _words = new("reply", "répondre", "gefällt mir", "j'aime");

    [Theory]
    [InlineData("reply")]
    [InlineData("REPLY")]
    [InlineData("Répondre")]
    [InlineData("RÉPONDRE")]
    [InlineData("Gefällt MIR")]
    [InlineData("J'AIME")]
    public void Matches_in_any_case_as_ordinal_ignore_case_does(string word) => Assert.True(_words.Contains(word));

    [Theory]
    [InlineData("")]
    [InlineData("repl")]
    [InlineData("replying")]
    [InlineData("repondre")]
    [InlineData("a phrase far longer than any word in the set")]
    public void Refuses_what_is_not_in_the_set(string text) => Assert.False(_words.Contains(text));
}
