using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AudienceCounterTests
{
    [Theory]
    [InlineData("412 people listening", true)]
    [InlineData("1,204 readers viewing", true)]
    [InlineData("12 listening", true)]
    [InlineData("412 people were listening to the speech", false)]
    [InlineData("People listening", false)]
    [InlineData("2013 listening tour", false)]
    [InlineData("Views: 212", true)]
    [InlineData("Aufrufe: 1.204", true)]
    [InlineData("1,234 views", true)]
    [InlineData("Views: mixed, the council said", false)]
    [InlineData("2013 views of the harbour", false)]
    [InlineData("Join 1,204 other followers", true)]
    [InlineData("Join 38 other subscribers", true)]
    [InlineData("Join other followers of the council", false)]
    public void A_widgets_count_of_who_has_the_page_open_is_furniture(string line, bool counter)
    {
        Assert.Equal(counter, AudienceCounter.Is(line));
        Assert.Equal(counter, BoilerplateFilter.IsBoilerplate(line));
    }
}
