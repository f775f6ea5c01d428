using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PortugueseRepliedHeaderTests
{
    [Theory]
    [InlineData("Marta Schroeder respondeu em 26/09/2013 às 18h40", "Marta Schroeder", "2013-09-26T18:40:00")]
    [InlineData("Ana Paula B. comentou em 26/09/2013 às 18h15", "Ana Paula B.", "2013-09-26T18:15:00")]
    public void A_brazilian_reply_header_names_the_commenter_without_the_verb(string line, string author, string iso)
    {
        Assert.True(CommentLine.TryReadAuthor(line, out var name, out var time, out _));
        Assert.Equal(author, name);
        Assert.Equal(iso, time?.ToIso());
    }

    [Fact]
    public void A_sentence_with_the_verb_is_no_header() =>
        Assert.False(CommentLine.TryReadAuthor("A prefeitura respondeu em nota que a obra vai começar na segunda-feira e durar quarenta dias.", out _, out _, out _));
}
