using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledCreditClosingCaptionTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_labelled_credit_over_a_tool_row_closes_the_caption_above()
    {
        var lines = Lines("An ash tree is removed from a park in this file photo.\n\nPhotograph by: Trevor Hallgren, Postmedia News\n\nShare\nEmail");
        Assert.True(LabelledCreditClosingCaption.Closes(lines, 0, 2, lines.Count));
    }

    [Fact]
    public void A_labelled_credit_over_another_caption_sentence_does_not()
    {
        var lines = Lines("An ash tree is removed from a park in this file photo.\n\nPhotograph by: Trevor Hallgren, Postmedia News\n\nA crew loads the logs onto a truck.\n\nShare");
        Assert.False(LabelledCreditClosingCaption.Closes(lines, 0, 2, lines.Count));
    }

    [Fact]
    public void A_bare_name_is_no_labelled_credit()
    {
        var lines = Lines("An ash tree is removed from a park in this file photo.\n\nTrevor Hallgren\n\nShare");
        Assert.False(LabelledCreditClosingCaption.Closes(lines, 0, 2, lines.Count));
    }
}
