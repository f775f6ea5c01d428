using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NegatedClassNamesTests
{
    [Theory]
    [InlineData("row non-paywall", "row")]
    [InlineData("non-paywall", "")]
    [InlineData("box not-sponsored teaser", "box teaser")]
    [InlineData("wrapper no-sidebar", "wrapper")]
    public void A_furniture_word_after_a_negation_names_what_the_box_is_not(string names, string left)
    {
        Assert.Equal(left, NegatedClassNames.Without(names));
    }

    [Theory]
    [InlineData("row paywall")]
    [InlineData("paywall-non")]
    [InlineData("nonprofit-banner")]
    [InlineData("notice-box")]
    public void A_class_without_a_negated_name_is_left_as_it_is(string names)
    {
        Assert.Same(names, NegatedClassNames.Without(names));
    }

    [Fact]
    public void The_plain_word_still_names_furniture_while_the_negated_one_does_not()
    {
        Assert.True(HtmlFurniture.IsNoiseWord("paywall"));
        Assert.False(HtmlFurniture.IsNoiseWord(NegatedClassNames.Without("non-paywall")));
    }
}
