using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FundingNoteTests
{
    [Theory]
    [InlineData("This story was produced with support from the Sierra Foothill Reporting Fund. The Sentinel retains full editorial control.")]
    [InlineData("This reporting was supported by a grant from the Lakeshore Foundation.")]
    public void A_note_naming_the_funder_is_one(string line) =>
        Assert.True(FundingNote.Is(line));

    [Theory]
    [InlineData("This story was first published in 2019.")]
    [InlineData("The project was supported by a state grant of $42,000.")]
    public void A_story_note_of_another_kind_or_a_sentence_about_funding_is_none(string line) =>
        Assert.False(FundingNote.Is(line));
}
