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
    [InlineData("today's paper", "Today’s Paper")]
    [InlineData("j’aime", "J'aime")]
    [InlineData("today's paper", "Today's Paper")]
    [InlineData("what's this?", "Whatʼs this?")]
    [InlineData("today’s paper", "Todayʼs Paper")]
    [InlineData("j'aime", "jʼaime")]
    public void Matches_a_phrase_with_any_apostrophe(string listed, string text) => Assert.True(new WordSet(listed).Contains(text));

    [Fact]
    public void A_prefix_with_an_apostrophe_matches_in_either_spelling()
    {
        var prefixes = new PrefixSet("don't have an account?");

        Assert.Equal("don't have an account?".Length, prefixes.MatchLength("Don’t have an account? Sign up"));
        Assert.Equal("don't have an account?".Length, prefixes.MatchLength("Donʼt have an account? Sign up"));
        Assert.Equal(0, prefixes.MatchLength("Don"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("repl")]
    [InlineData("replying")]
    [InlineData("repondre")]
    [InlineData("a phrase far longer than any word in the set")]
    public void Refuses_what_is_not_in_the_set(string text) => Assert.False(_words.Contains(text));
}
