using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineOrDateInWrapTests
{
    [Theory]
    [InlineData("State awards $38 million to bring broadband to rural northern counties", "by Alex Brennan")]
    [InlineData("Why I Tell My Patients to Take the Stairs (and Skip the Gym Membership)", "Posted: 01/14/2014 8:12 am EST")]
    [InlineData("Posted: Friday, February 9, 2018 at 6:12 PM EST", "PIKE VALLEY, Ky. (WBTQ) -- Freezing rain coated trees")]
    public void A_byline_or_a_date_line_is_a_line_of_its_own(string line, string next) =>
        Assert.True(BylineOrDateInWrap.Is(line, next, nextCarriedOn: false));

    [Theory]
    [InlineData("The council's cabinet voted to turn off 34,000 of its 51,000 lamps for", "five hours a night, saving an estimated £1m a year.")]
    [InlineData("The report on the plan was written last spring and published in the fall", "by Alex Brennan.")]
    [InlineData("The vote on the contract, the mayor said, is now set for a special session on", "March 12, 2013.")]
    [InlineData("First real fall storm on track for Sunday, frost possible in the valleys", "by Tuesday")]
    [InlineData("Workers stack bricks pulled from Front Street on Monday. (Ledger photo", "by Tom McBride)")]
    [InlineData("The Costa Concordia was upright for the first time since it ran aground", "in January 2012")]
    [InlineData("Page updated Friday, Nov.", "11, 2011 at 6:12 AM")]
    public void A_wrapped_sentences_last_piece_is_no_byline_or_date_line(string line, string next) =>
        Assert.False(BylineOrDateInWrap.Is(line, next, nextCarriedOn: false));

    [Fact]
    public void A_byline_shaped_piece_that_is_carried_on_is_the_paragraphs() =>
        Assert.False(BylineOrDateInWrap.Is("The report on the plan was written last spring and published in the fall", "by Alex Brennan and", nextCarriedOn: true));
}
