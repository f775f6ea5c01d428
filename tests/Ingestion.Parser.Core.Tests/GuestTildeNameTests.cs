using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GuestTildeNameTests
{
    [Theory]
    [InlineData("~Jurek z Radomia", "Jurek z Radomia")]
    [InlineData("~gość", "gość")]
    [InlineData("Monika_K", "Monika_K")]
    [InlineData("~ 5 minut", "~ 5 minut")]
    [InlineData("~~", "~~")]
    public void Only_a_tilde_before_a_letter_is_dropped(string header, string expected) =>
        Assert.Equal(expected, GuestTildeName.Strip(header).ToString());

    [Fact]
    public void The_guest_header_names_the_commenter_without_the_tilde()
    {
        Assert.True(CommentLine.TryReadAuthor("~Jurek z Radomia   26.09.2013, 18:04", out var author, out var time, out _));
        Assert.Equal("Jurek z Radomia", author);
        Assert.Equal("2013-09-26T18:04:00", time?.ToIso());
    }
}
