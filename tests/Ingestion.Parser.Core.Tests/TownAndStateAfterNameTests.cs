using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TownAndStateAfterNameTests
{
    [Theory]
    [InlineData("Tired Taxpayer Hollisville, OH", "Tired Taxpayer")]
    [InlineData("Dale R. Marlowton, Ohio", "Dale R.")]
    [InlineData("creek_watcher Hollow, KS", "creek_watcher")]
    [InlineData("Old Quarry Road Ferndale, Wis.", "Old Quarry Road")]
    public void A_town_and_state_after_the_name_go(string name, string expected) =>
        Assert.Equal(expected, TownAndStateAfterName.Without(name));

    [Theory]
    [InlineData("Hollisville, OH")]
    [InlineData("Jane Okafor, MD")]
    [InlineData("Lee Brandt, PA")]
    [InlineData("Marta Ruiz, retired nurse")]
    [InlineData("Tom Harris, Columbus, OH")]
    [InlineData("Sam Ortiz 2nd, TX")]
    [InlineData("Colin Wyvernham")]
    public void A_name_without_a_town_and_state_after_it_stays(string name) =>
        Assert.Equal(name, TownAndStateAfterName.Without(name));

    [Fact]
    public void A_comment_header_keeps_the_name_alone() =>
        Assert.Equal("Tired Taxpayer", CommentAuthor.Clean("Tired Taxpayer Hollisville, OH", parentAuthor: null));
}
