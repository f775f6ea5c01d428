using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DoctorateFacultyTests
{
    [Theory]
    [InlineData("Dr. med. Ilse Vogt")]
    [InlineData("Dr. rer. nat. Paul Amsel")]
    [InlineData("Prof. Dr. phil. Karin Ost")]
    public void A_doctors_faculty_after_the_Dr_is_part_of_a_name(string name) => Assert.True(Words.LooksLikeName(name));

    [Theory]
    [InlineData("Sie kam. med. Ilse")]
    [InlineData("Dr. Vogt kam. Dann ging sie")]
    public void A_faculty_word_without_a_Dr_before_it_or_a_sentence_after_a_Dr_is_still_a_sentence_break(string text) => Assert.False(Words.LooksLikeName(text));

    [Fact]
    public void A_commenter_signing_with_a_doctors_faculty_opens_a_comment_of_their_own()
    {
        Assert.True(CommentLine.TryReadAuthor("Dr. med. Ilse Vogt / 07.11.2023", out var author, out var time, out _));
        Assert.Equal("Dr. med. Ilse Vogt", author);
        Assert.Equal(2023, time?.Date?.Year);
    }
}
