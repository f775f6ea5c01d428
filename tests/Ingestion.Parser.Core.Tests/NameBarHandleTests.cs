using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NameBarHandleTests
{
    [Theory]
    [InlineData("Lindsey Garrow | @LGarrowCBN", "Lindsey Garrow")]
    [InlineData("Tom O'Neill | @tomoneill_news", "Tom O'Neill")]
    [InlineData("Marisol Quennell, @mquennell", "Marisol Quennell")]
    [InlineData("All Posts | @wingersoll", null)]
    [InlineData("Thanks to everyone, @readers", null)]
    [InlineData("Lindsey Garrow | Markets", null)]
    [InlineData("Follow us | @marketsdesk on Twitter for more", null)]
    public void The_name_before_a_bar_or_comma_and_a_handle_is_the_writers(string line, string? expected) =>
        Assert.Equal(expected, NameBarHandle.TryRead(line));
}
