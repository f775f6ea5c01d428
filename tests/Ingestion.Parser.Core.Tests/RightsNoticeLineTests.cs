using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RightsNoticeLineTests
{
    private const string Notice =
        "This material may not be published, broadcast, rewritten, or redistributed. ©2023 Harbour News Network, LLC. All rights reserved. "
        + "Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Example Data. Powered and implemented by "
        + "Example Digital Solutions. Legal Statement. Mutual Fund and ETF data provided by Example Fund Data.";

    [Fact]
    public void The_rights_notice_run_on_with_market_data_credits_is_furniture_however_long()
    {
        Assert.True(Notice.Length > 300);
        Assert.True(BoilerplateFilter.IsBoilerplate(Notice));
    }

    [Fact]
    public void A_sentence_that_says_a_report_may_not_be_published_is_text() =>
        Assert.False(BoilerplateFilter.IsBoilerplate(
            "The judge ruled that the names of the two crew members may not be published until the inquiry has heard from every witness, and the paper's lawyers said they would not appeal the order before the hearing in the spring, which is expected to last for three weeks at the harbour court."));

    [Fact]
    public void The_notice_over_the_headline_is_not_the_storys_first_sentence()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
               Expand / Collapse search
               {Notice}

            Harbour ferry returns for the summer as the town turns out to see it

               The old ferry came back to the harbour on Thursday after a long winter in the yard, and half the town turned out to see it.

               Its captain said the first crossing went well, and that the boat would run every hour from next week until the autumn.
            """), "ferry.txt");

        Assert.Equal("Harbour ferry returns for the summer as the town turns out to see it", page.Title);
    }
}
