using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentPromptQuestionTests
{
    [Theory]
    [InlineData("Un avis, un commentaire ?")]
    [InlineData("Une réaction ?")]
    [InlineData("One comment?")]
    public void A_question_asking_for_a_comment_counts_none(string line) =>
        Assert.Null(CommentHeadings.DeclaredCount(line));

    [Theory]
    [InlineData("Un commentaire", 1)]
    [InlineData("Commentaires (6)", 6)]
    [InlineData("12 commentaires ?", 12)]
    public void A_stated_count_and_a_count_in_digits_are_read_as_before(string line, int count) =>
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));
}
