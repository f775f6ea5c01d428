using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AirTimeLineTests
{
    [Theory]
    [InlineData("Weeknights at 9 p.m. ET", true)]
    [InlineData("Weekdays 6-9 a.m. ET", true)]
    [InlineData("Sundays at 10:30 a.m. ET/PT", true)]
    [InlineData("Weeknights at 9 p.m. ET, the show has covered Syria since 2011.", false)]
    [InlineData("Sundays are quiet in the capital", false)]
    public void A_shows_air_time_under_its_name_is_furniture(string line, bool airTime)
    {
        Assert.Equal(airTime, AirTimeLine.Is(line));
        Assert.Equal(airTime, BoilerplateFilter.IsBoilerplate(line));
    }
}
