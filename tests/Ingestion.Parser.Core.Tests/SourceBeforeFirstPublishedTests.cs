using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SourceBeforeFirstPublishedTests
{
    [Theory]
    [InlineData("Harbour Money (Lisbon) First published March 4, 2016: 9:12 AM ET", true)]
    [InlineData("Harbour Money (New York) First published March 9, 2016: 6:05 AM ET", true)]
    [InlineData("Harbour Money (Lisbon) Updated March 4, 2016: 11:40 AM ET", true)]
    [InlineData("The port authority (PAL) First published its figures on Tuesday.", false)]
    [InlineData("The ferry operator said the timetable (first published in March) was wrong.", false)]
    [InlineData("Harbour Money (Lisbon) First published a guide to savings accounts.", false)]
    public void A_desk_and_place_before_the_first_publication_time_is_a_timestamp(string line, bool timestamp)
    {
        Assert.Equal(timestamp, SourceBeforeFirstPublished.Is(line));
        Assert.Equal(timestamp, BoilerplateFilter.IsBoilerplate(line));
    }
}
