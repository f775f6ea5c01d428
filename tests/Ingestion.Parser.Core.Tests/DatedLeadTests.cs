using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DatedLeadTests
{
    [Theory]
    [InlineData("Oct. 8, 2013 -- Older adults who take a short nap after lunch may do better on memory tests.", "2013-10-08")]
    [InlineData("March 4, 2013 — People who drink coffee may live longer, a study finds.", "2013-03-04")]
    [InlineData("CHICAGO, Sept. 24, 2013 /PRNewswire/ -- Brightwater Logistics Inc. today announced a new center.", "2013-09-24")]
    [InlineData("AUSTIN, Texas, Nov. 5, 2013 /PRDispatch/ -- Larkspur Health Systems today named a new officer.", "2013-11-05")]
    public void A_date_and_a_dash_opening_the_text_date_the_story(string paragraph, string date) =>
        Assert.Equal(date, DatedLead.TryRead(paragraph)?.ToIso());

    [Theory]
    [InlineData("WASHINGTON -- The Senate voted on Tuesday.")]
    [InlineData("Two hours ago -- nobody knew.")]
    [InlineData("The vote on Oct. 8, 2013 -- a Tuesday -- was close.")]
    [InlineData("CHICAGO, the company said, will host the 24/7 center -- and more.")]
    [InlineData("Sales rose 4 percent, the 2013 /PRNewswire/ -- release said.")]
    public void Other_leads_give_no_date(string paragraph) => Assert.Null(DatedLead.TryRead(paragraph));
}
