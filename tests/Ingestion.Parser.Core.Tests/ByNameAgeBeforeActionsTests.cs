using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ByNameAgeBeforeActionsTests
{
    [Theory]
    [InlineData("RiverCityTitan 2 days ago reply actions", "RiverCityTitan")]
    [InlineData("Seagull Steve 3 hours ago  reply  rec  flag  actions", "Seagull Steve")]
    [InlineData("hollis88 a year ago reply", "hollis88")]
    public void A_name_before_its_age_and_buttons_is_read(string core, string name)
    {
        Assert.True(ByNameAgeBeforeActions.TryRead(core, out var read, out var time));
        Assert.Equal(name, read);
        Assert.True(time!.Value.Relative);
    }

    [Theory]
    [InlineData("RiverCityTitan on Sep 22, 2013 | 4:31 PM reply actions")]
    [InlineData("the time the crews arrived two days ago, the fire was out")]
    [InlineData("RiverCityTitan 2 days ago")]
    public void Other_signatures_and_sentences_are_not(string core) =>
        Assert.False(ByNameAgeBeforeActions.TryRead(core, out _, out _));
}
