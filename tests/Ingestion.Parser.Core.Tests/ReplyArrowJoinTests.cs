using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReplyArrowJoinTests
{
    [Theory]
    [InlineData("Nadia Pereira Author ⇢ DieselAndRye", "Nadia Pereira")]
    [InlineData("ThirdRailToby ⇢ DieselAndRye", "ThirdRailToby")]
    [InlineData("ThirdRailToby ➔ DieselAndRye", "ThirdRailToby")]
    [InlineData("ThirdRailToby → DieselAndRye", "ThirdRailToby")]
    public void The_arrow_to_the_parents_name_ends_the_writers_name(string header, string author)
    {
        Assert.Equal(author, CommentAuthor.Clean(header, parentAuthor: null));
        Assert.Equal("DieselAndRye", CommentAuthor.ReplyReference(header));
    }

    [Theory]
    [InlineData("Tom⇢Dee")]
    [InlineData("Nadia Pereira")]
    public void A_name_without_a_spaced_arrow_stays(string header)
    {
        Assert.Equal(header, CommentAuthor.Clean(header, parentAuthor: null));
        Assert.Null(CommentAuthor.ReplyReference(header));
    }
}
