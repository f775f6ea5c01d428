using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RowUnderWrappedSentenceTests
{
    [Theory]
    [InlineData("Fair. The appraisal was the whole fight and the town lost it.", "Reply")]
    [InlineData("A year sounds about right. Nobody ever stole the phone book.", "Reply · Like · 7 · 19 hours ago")]
    [InlineData("This will speed things up for everybody.", "15")]
    [InlineData("Warum fährt nicht wenigstens ein Bus ins Hallenbad nach Oberau?", "Antworten  Melden")]
    public void A_button_row_or_a_count_under_a_finished_sentence_is_a_row_of_its_own(string line, string row) =>
        Assert.True(RowUnderWrappedSentence.Is(line, row, carriedOn: false));

    [Theory]
    [InlineData("The union wants enforceable limits on the number of patients, as", "Reply")]
    [InlineData("Plans for the George Street line between Circular Quay and Central.", "Photo: Wolter Pinn")]
    [InlineData("Switzerland, Wednesday, Oct. 16, 2013.", "(AP Photo/Pierre Vautrin, Pool)")]
    [InlineData("the vote is now set for Feb.", "24")]
    [InlineData("The agenda will be online Thursday.", "Half the speakers went ten.")]
    public void A_credit_a_sentence_cut_off_or_a_piece_after_an_abbreviation_is_no_row(string line, string row) =>
        Assert.False(RowUnderWrappedSentence.Is(line, row, carriedOn: false));

    [Fact]
    public void A_row_that_is_carried_on_is_a_paragraphs_piece() =>
        Assert.False(RowUnderWrappedSentence.Is("It is enough to find out what it would cost.", "Reply 15 times", carriedOn: true));
}
