using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateByNameCommentHeaderTests
{
    [Theory]
    [InlineData("Le 12 mars 2014 à 09:12, par Odile Marchal", "Odile Marchal")]
    [InlineData("2014-03-12T08:12:00+00:00 , par Odile Marchal", "Odile Marchal")]
    [InlineData("12.03.2014, 09:12 von Jonas Keller", "Jonas Keller")]
    public void A_date_then_a_name_after_the_languages_by_is_a_comment_header(string line, string name)
    {
        Assert.True(CommentLine.TryReadAuthor(line, out var author, out var time, out _));
        Assert.Equal(name, author);
        Assert.NotNull(time?.Date);
    }

    [Fact]
    public void A_sentence_that_opens_with_a_date_is_no_header()
    {
        Assert.False(CommentLine.TryReadAuthor("Le 12 mars 2014 à 09:12, par un froid de canard, le marché était vide.", out _, out _, out _));
    }
}
