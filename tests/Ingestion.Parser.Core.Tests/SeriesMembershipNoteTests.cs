using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SeriesMembershipNoteTests
{
    [Fact]
    public void The_note_of_the_guide_over_the_text_is_no_paragraph()
    {
        var page = ColumnGuidePage.Parse();

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("This article is part of", StringComparison.Ordinal));
        Assert.StartsWith("The night crossing used to be", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This article is part of the guide Harbour Towns After the Storm.")]
    [InlineData("This story is part of our series on the ferry crews of the north coast.")]
    [InlineData("This post is part of a special report on the estuary's pilots")]
    [InlineData("This piece is part of the Harbour Trust's coverage of the storm season.")]
    public void One_sentence_naming_the_guide_or_series_a_story_belongs_to_is_the_note(string text) => Assert.True(SeriesMembershipNote.Is(text));

    [Theory]
    [InlineData("This story is part of why the harbour board resigned in the spring.")]
    [InlineData("This story is part of a pattern. Ferry crews across the coast have complained about the night shifts for years.")]
    [InlineData("This article is part of what the pilots' union sent to every member of the harbour board before the vote on the new fares, and it names three crossings.")]
    [InlineData("Part of the guide: Harbour Towns After the Storm")]
    public void A_sentence_of_the_text_that_opens_the_same_way_is_none(string text) => Assert.False(SeriesMembershipNote.Is(text));
}
