using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BlogNameTaglineTests
{
    [Theory]
    [InlineData("Rick's Weather Blog", "Chief Meteorologist Rick Solano talks weather with you")]
    [InlineData("The Statehouse Blog", "Politics and policy from the capitol press room")]
    public void A_line_under_a_blogs_name_is_its_tagline(string name, string tagline) =>
        Assert.True(BlogNameTagline.Is(name, tagline));

    [Theory]
    [InlineData("Weather", "First real fall storm on track for Sunday")]
    [InlineData("Rick's Weather Blog", "The storm arrives Sunday morning, and the valley gets half an inch.")]
    [InlineData("Read our blog", "Chief Meteorologist Rick Solano talks weather with you")]
    public void A_section_label_or_a_sentence_makes_no_blog_tagline(string name, string tagline) =>
        Assert.False(BlogNameTagline.Is(name, tagline));
}
