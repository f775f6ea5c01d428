using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GalleryLinkInListTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_photos_link_among_a_rails_links_is_a_link() =>
        Assert.True(GalleryLinkInList.Is(Lines("Featured in World\nPhotos: Terror at the Westgate mall\nWho are al-Shabab?"), 1));

    [Theory]
    [InlineData("Featured in World\n\nPhotos: Terror at the Westgate mall")]
    [InlineData("Featured in World\nPhotos: Lars Odhiambo/AP")]
    [InlineData("Featured in World\nPhotos: The mall's owners said on Tuesday that it would reopen.")]
    public void A_caption_apart_from_the_links_or_a_credit_is_no_link(string text) => Assert.False(GalleryLinkInList.Is(Lines(text), text.Split('\n').Length - 1));
}
