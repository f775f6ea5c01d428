using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColumnInstallmentNoteTests
{
    [Fact]
    public void The_columns_standing_note_between_rules_in_the_text_is_no_paragraph()
    {
        var page = ColumnGuidePage.Parse();

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("latest installment", StringComparison.Ordinal));
        Assert.StartsWith("This winter the harbour board", page.BodyParagraphs[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This is the latest installment of the Ask the Pilot advice column. You can send a question for a future column here.")]
    [InlineData("This is is the latest installment of the Ask the Pilot advice column.")]
    [InlineData("This is the latest instalment of our Harbour Lives series")]
    [InlineData("This is the latest entry in the Tidewatch newsletter. Sign up to get it every Friday.")]
    public void A_note_calling_the_story_the_latest_of_a_column_or_series_is_the_note(string text) => Assert.True(ColumnInstallmentNote.Is(text));

    [Theory]
    [InlineData("This is the latest installment of a dispute that has dragged on for years.")]
    [InlineData("This is the latest installment of the Ask the Pilot column. The pilots wrote in. Most of them asked about the night tides.")]
    [InlineData("The harbour board said this is the latest installment of its advice column.")]
    [InlineData("This is what the latest installment of the column will cover, the editor said, once the fares are set.")]
    public void A_sentence_of_the_text_that_reads_alike_is_none(string text) => Assert.False(ColumnInstallmentNote.Is(text));
}
