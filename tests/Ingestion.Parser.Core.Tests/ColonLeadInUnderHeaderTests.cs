using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColonLeadInUnderHeaderTests
{
    private static PageLines Lines(params string[] lines) => new(TextLine.Split(string.Join('\n', lines)));

    [Fact]
    public void A_two_word_lead_in_under_the_comments_time_and_over_a_sentence_is_its_text()
    {
        var lines = Lines("Marcy O'Toole says:", "September 26, 2013 at 8:02 am", "", "Takeaway six:", "", "Neither one of them said a word about the Metro cost overruns.");

        Assert.True(ColonLeadInUnderHeader.Is(lines, 3));
    }

    [Fact]
    public void A_form_label_is_left_to_the_form()
    {
        var lines = Lines("Marcy O'Toole says:", "September 26, 2013 at 8:02 am", "", "Your name:", "", "Please enter the name shown with your comment.");

        Assert.False(ColonLeadInUnderHeader.Is(lines, 3));
    }

    [Fact]
    public void A_one_word_label_such_as_a_quote_box_is_left_alone()
    {
        var lines = Lines("PierSixPete", "09-24-2013, 07:45 PM", "Quote:", "Originally Posted by gullsfan_in_exile");

        Assert.False(ColonLeadInUnderHeader.Is(lines, 2));
    }

    [Fact]
    public void A_lead_in_not_under_a_time_is_not_asked_for()
    {
        var lines = Lines("Leave a Reply", "", "Takeaway six:", "", "Neither one of them said a word about the Metro cost overruns.");

        Assert.False(ColonLeadInUnderHeader.Is(lines, 2));
    }

    [Fact]
    public void A_lead_in_under_the_signature_above_and_over_a_quoted_link_is_the_comment_s_text()
    {
        var lines = Lines("Comment by Hanna Vogt — 12.03, 2013 @ 10:02", "Laut Satzung:", "http://example.org/satzung.pdf", "Dort steht nichts von einer Verlosung, nur von einer Vergabe nach Bedarf.");

        Assert.True(ColonLeadInUnderHeader.Is(lines, 1));
    }

    [Fact]
    public void A_label_over_a_link_with_nothing_after_it_is_left_alone()
    {
        var lines = Lines("Comment by Hanna Vogt — 12.03, 2013 @ 10:02", "Laut Satzung:", "http://example.org/satzung.pdf");

        Assert.False(ColonLeadInUnderHeader.Is(lines, 1));
    }
}
