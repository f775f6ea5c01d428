using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DeviceViaTailTests
{
    [Theory]
    [InlineData("Ruedi Schwarzenbach am 26.09.2013 18:12 via", "Ruedi Schwarzenbach am 26.09.2013 18:12")]
    [InlineData("Ruedi Schwarzenbach am 26.09.2013 18:12", "Ruedi Schwarzenbach am 26.09.2013 18:12")]
    [InlineData("Ich habe es geschickt via", "Ich habe es geschickt via")]
    public void The_bare_via_after_the_headers_clock_is_dropped(string header, string expected) =>
        Assert.Equal(expected, DeviceViaTail.Without(header));

    [Fact]
    public void The_header_ending_in_via_names_the_commenter_and_time()
    {
        Assert.True(CommentLine.TryReadAuthor("Ruedi Schwarzenbach am 26.09.2013 18:12 via", out var author, out var time, out _));
        Assert.Equal("Ruedi Schwarzenbach", author);
        Assert.Equal("2013-09-26T18:12:00", time?.ToIso());
    }
}
