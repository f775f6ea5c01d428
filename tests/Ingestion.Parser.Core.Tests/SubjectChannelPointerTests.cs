using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubjectChannelPointerTests
{
    [Theory]
    [InlineData("For more views of her paper lanterns, head to Behance and Instagram, where Okafor catalogs much of her work.")]
    [InlineData("For more of the carved birds, visit his shop, where he sells prints of the finished pieces.")]
    public void A_closing_pointer_to_the_artists_channels_is_text(string line)
    {
        Assert.True(SubjectChannelPointer.Is(line));
        Assert.False(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("For more on fitness, click here.")]
    [InlineData("For more information, visit the council's website, where residents can book a collection.")]
    [InlineData("For more by Miriam Okafor, click here.")]
    public void A_pointer_to_the_sites_pages_is_no_text(string line)
    {
        Assert.False(SubjectChannelPointer.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }
}
