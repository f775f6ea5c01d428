using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A thread's count after a label and its colon, and a sign-in note that only names a posting (round r-dump2013bh, `t865`).</summary>
public class LabelledCountHeadingTests
{
    [Theory]
    [InlineData("Forum: 9 Postings", 9)]
    [InlineData("Diskussion: 12 Beiträge", 12)]
    [InlineData("Discussion: 4 comments", 4)]
    [InlineData("9 Postings", 9)]
    public void A_label_with_its_colon_may_stand_before_the_count(string line, int count) =>
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));

    [Theory]
    [InlineData("Fazit: 40 Kommentare gingen bei der Gemeinde ein, die meisten davon kritisch.")]
    [InlineData("Forum: Anrainer treffen sich am Montag")]
    public void A_sentence_or_a_heading_without_a_count_declares_nothing(string line) =>
        Assert.Null(CommentHeadings.DeclaredCount(line));

    [Theory]
    [InlineData("Um ein Posting zu verfassen, müssen Sie angemeldet sein. Anmelden | Registrieren")]
    [InlineData("Um einen Kommentar zu verfassen, melden Sie sich bitte an.")]
    public void A_sign_in_note_that_names_one_posting_is_the_form_not_a_count(string line) =>
        Assert.Equal(CommentHeadings.Kind.Form, CommentHeadings.Classify(line));

    [Fact]
    public void A_counted_heading_is_still_a_count() =>
        Assert.Equal(CommentHeadings.Kind.Count, CommentHeadings.Classify("Forum: 9 Postings"));
}
