using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadRulesLineTests
{
    [Theory]
    [InlineData("Comments are subject to our community rules.")]
    [InlineData("All comments are moderated before they appear.")]
    [InlineData("Please read our rules before posting. Comments are the views of readers, not of the paper.")]
    [InlineData("Please keep it civil. Read our community guidelines.")]
    public void A_note_on_the_threads_rules_is_found(string text) => Assert.True(ThreadRulesLine.Is(text));

    [Theory]
    [InlineData("Comments are welcome, but the board never reads them.")]
    [InlineData("Good to hear, Mike.")]
    [InlineData("Please read our report before you judge the council.")]
    [InlineData("Please keep it short at the podium, the chair said.")]
    [InlineData("Comments are subject to our community rules and I think the paper should enforce them far more often than it does, frankly, on stories like this one.")]
    public void A_readers_text_is_no_note(string text) => Assert.False(ThreadRulesLine.Is(text));
}
