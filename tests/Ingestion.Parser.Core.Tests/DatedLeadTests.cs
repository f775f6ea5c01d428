using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DatedLeadTests
{
    [Theory]
    [InlineData("Oct. 8, 2013 -- Older adults who take a short nap after lunch may do better on memory tests.", "2013-10-08")]
    [InlineData("March 4, 2013 — People who drink coffee may live longer, a study finds.", "2013-03-04")]
    public void A_date_and_a_dash_opening_the_text_date_the_story(string paragraph, string date) =>
        Assert.Equal(date, DatedLead.TryRead(paragraph)?.ToIso());

    [Theory]
    [InlineData("WASHINGTON -- The Senate voted on Tuesday.")]
    [InlineData("Two hours ago -- nobody knew.")]
    [InlineData("The vote on Oct. 8, 2013 -- a Tuesday -- was close.")]
    public void Other_leads_give_no_date(string paragraph) => Assert.Null(DatedLead.TryRead(paragraph));
}
