using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class QuotedTitleHeadlineTests
{
    [Theory]
    [InlineData("Jonah Price Talks New Album: \"It's About Growing Up\"")]
    [InlineData("Mayor on the Budget: “We Will Not Raise Taxes”")]
    public void A_title_case_headline_closing_on_a_quotation_after_a_colon_is_one(string line) => Assert.True(QuotedTitleHeadline.Is(line));

    [Theory]
    [InlineData("The sign on the door read: \"closed for repairs\"")]
    [InlineData("He told reporters: \"We're done.\"")]
    [InlineData("Fall TV Preview: 20 Shows We Can't Wait For")]
    [InlineData("Residents call the plan \"a disgrace\"")]
    public void A_sentence_or_a_headline_without_a_closing_quotation_is_none(string line) => Assert.False(QuotedTitleHeadline.Is(line));

    [Fact]
    public void A_quoted_headline_counts_as_link_text() =>
        Assert.True(BoilerplateFilter.LooksLikeLinkText("Jonah Price Talks New Album: \"It's About Growing Up\""));
}
