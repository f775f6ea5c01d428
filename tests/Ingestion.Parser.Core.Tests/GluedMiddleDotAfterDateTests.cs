using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedMiddleDotAfterDateTests
{
    [Theory]
    [InlineData("4. März 2014· Greta")]
    [InlineData("March 4, 2014· Greta")]
    public void A_middle_dot_glued_to_the_year_parts_the_date_from_the_writer(string line)
    {
        MetadataLine.Found found = default;
        Assert.True(MetadataLine.TryRead(line, ref found));
        Assert.Equal("2014-03-04", found.Time?.ToIso());
    }

    [Fact]
    public void A_middle_dot_glued_on_both_sides_parts_nothing()
    {
        MetadataLine.Found found = default;
        MetadataLine.TryRead("March 4, 2014·Greta", ref found);
        Assert.Null(found.Time);
    }
}
