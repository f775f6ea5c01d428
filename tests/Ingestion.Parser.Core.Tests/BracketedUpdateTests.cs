using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class BracketedUpdateTests
{
    [Theory]
    [InlineData("24 settembre 2013 (modifica il 25 settembre 2013 | 07:12)", "2013-09-24")]
    [InlineData("September 24, 2013 (updated 7:12 a.m.)", "2013-09-24")]
    public void The_day_before_a_bracketed_update_is_the_publish_time(string line, string published)
    {
        Assert.True(BracketedUpdate.TryReadPublished(line, out var time));
        Assert.Equal(published, time.ToIso());
    }

    [Theory]
    [InlineData("24 settembre 2013 | 18:42")]
    [InlineData("The council met on September 24, 2013 (updated figures follow)")]
    public void A_line_without_a_bracketed_update_after_its_date_is_turned_down(string line) =>
        Assert.False(BracketedUpdate.TryReadPublished(line, out _));
}
