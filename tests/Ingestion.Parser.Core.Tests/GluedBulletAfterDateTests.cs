using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedBulletAfterDateTests
{
    [Theory]
    [InlineData("Feb 20, 2020• 5 min read")]
    [InlineData("Feb 20, 2020 • 5 min read")]
    public void A_bullet_glued_to_the_year_parts_the_date_from_the_reading_time(string line)
    {
        MetadataLine.Found found = default;
        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal("2020-02-20", found.Time?.ToIso());
    }

    [Fact]
    public void A_bullet_glued_to_a_word_parts_nothing()
    {
        MetadataLine.Found found = default;
        MetadataLine.TryRead("Feb 20, 2020 Oysters• 5 min read", ref found);
        Assert.Null(found.Time);
    }
}
