using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OtherItemsLeadInTests
{
    [Theory]
    [InlineData("Other injury notes from Thursday:")]
    [InlineData("Other business before the council Monday:")]
    public void A_lead_in_to_the_storys_list_is_text(string line)
    {
        Assert.True(OtherItemsLeadIn.Is(line));
        Assert.False(BoilerplateFilter.IsRelatedHeading(line));
    }

    [Theory]
    [InlineData("Other stories:")]
    [InlineData("Other Stories")]
    [InlineData("Other news from Sports")]
    [InlineData("Other residents disagreed.")]
    public void Rail_headings_and_sentences_are_left_alone(string line) => Assert.False(OtherItemsLeadIn.Is(line));

    [Fact]
    public void A_rails_other_heading_stays_a_related_heading() => Assert.True(BoilerplateFilter.IsRelatedHeading("Other stories:"));
}
