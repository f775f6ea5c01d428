using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PlatformPublisherTests
{
    [Theory]
    [InlineData("Blogger", "blogger")]
    [InlineData("WordPress", "WordPress 6.1.1")]
    public void A_publisher_named_as_the_generator_is_the_platform(string site, string generator) => Assert.True(PlatformPublisher.Is(site, generator));

    [Theory]
    [InlineData("The Fenwick Bugle", "WordPress 6.1.1")]
    [InlineData("Blogger", null)]
    public void A_publication_or_a_page_without_generator_keeps_its_publisher(string site, string? generator) => Assert.False(PlatformPublisher.Is(site, generator));
}
