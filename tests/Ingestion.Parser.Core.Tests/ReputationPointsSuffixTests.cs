using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReputationPointsSuffixTests
{
    [Theory]
    [InlineData("nycdems 41 points", "nycdems")]
    [InlineData("Independent Thinker 1,204 points", "Independent Thinker")]
    [InlineData("Marla K 1 point", "Marla K")]
    public void A_vote_tally_closing_the_name_is_no_part_of_it(string name, string expected) =>
        Assert.Equal(expected, ReputationPointsSuffix.Strip(name));

    [Theory]
    [InlineData("beltway_bob")]
    [InlineData("41 points")]
    [InlineData("Three Points")]
    [InlineData("Match point")]
    public void A_name_without_a_number_before_points_is_kept(string name) =>
        Assert.Equal(name, ReputationPointsSuffix.Strip(name));
}
