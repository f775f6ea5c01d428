using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProvidedMaterialsNoteTests
{
    [Fact]
    public void The_note_naming_whose_release_the_story_rewrote_is_no_paragraph()
    {
        var page = ScienceReleasePage.Parse(rail: string.Empty);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Materials provided by", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Materials provided by Kessington-Marlowe-Universität Hafenstadt. Note: Content may be edited for style and length.")]
    [InlineData("Materials provided by Harbour Institute of Marine Science.")]
    [InlineData("Materials provided by U.S. Geological Survey. Note: Content may be edited for style and length.")]
    public void The_phrase_the_issuers_name_and_a_note_on_editing_are_the_note(string text) => Assert.True(ProvidedMaterialsNote.Is(text));

    [Theory]
    [InlineData("Materials provided by the council show that the ferry lost money in each of the last three years. The trust disputes the figures.")]
    [InlineData("Materials provided by the harbour office to the inquiry were incomplete, the chairman said on Tuesday.")]
    [InlineData("Photo provided by Harbour Institute.")]
    public void A_sentence_that_opens_with_the_phrase_is_none(string text) => Assert.False(ProvidedMaterialsNote.Is(text));
}
