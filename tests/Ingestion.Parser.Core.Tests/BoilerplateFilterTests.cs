using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BoilerplateFilterTests
{
    [Theory]
    [InlineData("2,311 Share Tweet Email Comment")]
    [InlineData("* Share this on Facebook")]
    [InlineData("• Share this on Twitter")]
    [InlineData("Advertisement")]
    [InlineData("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━")]
    [InlineData("* * *")]
    [InlineData("We value your privacy")]
    [InlineData("You have read 3 of 4 free articles this month")]
    [InlineData("Support us")]
    [InlineData("Text larger · smaller")]
    [InlineData("#alternate alternate The Ashby Ledger » Feed The Ashby Ledger » Comments Feed")]
    [InlineData("Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing.")]
    [InlineData("* Font Size: Default font size. Larger font size.")]
    [InlineData("★★★½ (out of four)")]
    [InlineData("Gift Article")]
    [InlineData("By signing up, you agree to our Privacy Notice and European users agree to the data transfer policy.")]
    [InlineData("Thanks for reading The Marginal Ledger! Subscribe for free to receive new posts and support my work.")]
    [InlineData("To find out more about Vera Castellanos and read features by other Creators Syndicate writers and cartoonists, visit the Creators Syndicate website at www.creators.com.")]
    [InlineData("Send Feedback")]
    [InlineData("Previous Post")]
    [InlineData("Audio Ebola Outbreak Tops Regional Agenda")]
    [InlineData("This article first appeared on POLITIQ Pro at 5:10 p.m. on November 13, 2013.")]
    [InlineData("The opinions expressed are the author's own. They do not reflect the views of Meridian News.")]
    public void Share_rows_their_counts_and_their_list_items_are_boilerplate(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Shares rose 2,311 points on Tuesday after the report.")]
    [InlineData("Supporters say the plan will cut commuting times by a third.")]
    [InlineData("The text is larger than the one the council approved in May.")]
    [InlineData("* Residents will vote on the plan in May")]
    [InlineData("Under the new law, companies must ask for consent before they process personal data, the regulator said.")]
    [InlineData("To find out more about the festival, visit the library's website.")]
    [InlineData("The critics gave it three and a half stars out of four.")]
    [InlineData("Audio recordings released on Tuesday show the pilot asking for help.")]
    public void Text_is_no_boilerplate(string line) => Assert.False(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Listen · 3:42", true)]
    [InlineData("Play 0:00 / 1:48", true)]
    [InlineData("10:42 PM ET", false)]
    [InlineData("Playoff game moved to 7:30", false)]
    public void A_players_length_is_told_from_a_clock(string line, bool duration) => Assert.Equal(duration, BoilerplateFilter.IsPlayerDuration(line));

    [Theory]
    [InlineData("Trending in U.S.", true)]
    [InlineData("Trending Stories", true)]
    [InlineData("More from the station's D.C. bureau", true)]
    [InlineData("Other residents disagreed.", false)]
    [InlineData("Other voters stayed home in D.C.", false)]
    [InlineData("Read more on Sluice:", true)]
    [InlineData("Next Up In Politics & Policy", true)]
    [InlineData("Related reviews", true)]
    [InlineData("Next up in the hearing was the mayor.", false)]
    [InlineData("More world news from NBX News:", true)]
    [InlineData("Featured Content", true)]
    [InlineData("More than 40 people came to the meeting: most of them were parents.", false)]
    public void A_related_heading_may_end_in_an_abbreviation_but_not_a_sentence(string line, bool heading) =>
        Assert.Equal(heading, BoilerplateFilter.IsRelatedHeading(line));

    [Theory]
    [InlineData("Voice of Freedom's Kwame Asante contributed to this report from Accra.", true)]
    [InlineData("CNN's Amir Haddad contributed to this report.", true)]
    [InlineData("Three reporters contributed to this report from the capital and the towns along the river valley.", false)]
    public void A_contributor_credit_may_name_the_place_reported_from(string line, bool credit) =>
        Assert.Equal(credit, BoilerplateFilter.IsContributorCredit(line));
}
