using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedBulletAfterNameTests
{
    [Theory]
    [InlineData("Patricia Nettleton• a day ago", "Patricia Nettleton • a day ago")]
    [InlineData("Marv Hendricks•4 years ago", "Marv Hendricks • 4 years ago")]
    [InlineData("valleygirl59• 7 hours ago", "valleygirl59 • 7 hours ago")]
    public void A_bullet_glued_to_the_name_is_spaced(string header, string spaced) =>
        Assert.Equal(spaced, GluedBulletAfterName.Spaced(header));

    [Theory]
    [InlineData("Patricia Nettleton • a day ago")]
    [InlineData("• Reply")]
    [InlineData("Reply•Share")]
    [InlineData("No bullet here at all")]
    public void A_header_without_a_glued_bullet_is_left_as_it_is(string header) =>
        Assert.Same(header, GluedBulletAfterName.Spaced(header));

    [Fact]
    public void The_name_of_a_glued_disqus_header_is_read_without_the_bullet()
    {
        Assert.True(CommentLine.TryReadAuthor("Patricia Nettleton• a day ago", out var author, out _, out _));
        Assert.Equal("Patricia Nettleton", author);
    }
}
