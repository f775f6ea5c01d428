using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostNumberAfterNameTests
{
    [Theory]
    [InlineData("Tiszaparti   #1", "Tiszaparti")]
    [InlineData("öreg villamosos #12", "öreg villamosos")]
    [InlineData("Tiszaparti (#1)", "Tiszaparti")]
    [InlineData("Room 101", "Room 101")]
    [InlineData("Apartment#4", "Apartment#4")]
    [InlineData("#1", "#1")]
    [InlineData("Jane (2)", "Jane (2)")]
    [InlineData("user #1234567", "user #1234567")]
    public void Only_a_spaced_hash_number_after_a_name_is_dropped(string name, string expected) =>
        Assert.Equal(expected, PostNumberAfterName.Without(name));

    [Fact]
    public void A_numbered_header_names_the_commenter_without_the_number()
    {
        Assert.True(CommentLine.TryReadAuthor("hódmezei   #2   2013.09.26. 18:11", out var author, out var time, out _));
        Assert.Equal("hódmezei", author);
        Assert.Equal("2013-09-26T18:11:00", time?.ToIso());
    }

    [Fact]
    public void A_reference_with_the_answered_number_makes_a_reply_to_that_writer()
    {
        const string Page = """
            Hozzászólások (2)

            Tiszaparti   #1   2013.09.26. 18:04

            Minden évben ugyanez. Tavaly is azt mondták, hogy ősszel kezdik.

            Válasz   Jelentem

            hódmezei   #2   2013.09.26. 18:11

            Előzmény: Tiszaparti (#1)

            Legalább nem félig csinálják meg, mint a Kálvária sugárúton.

            Válasz   Jelentem
            """;
        var comments = TextCommentParser.Parse(new PageLines(TextLine.Split(Page)));
        Assert.Equal(2, comments.Count);
        Assert.Equal(1, comments[1].Parent);
        Assert.Equal(["Legalább nem félig csinálják meg, mint a Kálvária sugárúton."], comments[1].Paragraphs);
    }
}
