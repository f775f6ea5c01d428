using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A portal's mega-menu teasers printed right over the headline (<c>TextArticleReader.IsLaterItemOfRelatedList</c>): a
/// title-case teaser that is a later item under "Top Stories" is no headline over a sentence-case deck.
/// </summary>
public class RelatedListTeaserOverHeadlineTests
{
    private const string Story =
        "By Karen Whitlow | Associated Press – Sat, Sep 28, 2013 12:12 PM EDT\n\n"
        + "PORT ALDEN, Texas (AP) — The last time anyone fished from the end of the Port Alden pier, the storm's leftovers were still churning the Gulf.\n\n"
        + "On Saturday, 11 months and $3.8 million later, the town cut a ribbon on a rebuilt pier with concrete pilings and new lights.";

    private static string? TitleOf(string top) => PageParser.Parse(Encoding.UTF8.GetBytes(top + "\n\n" + Story), "page.txt").Title;

    [Fact]
    public void The_last_teaser_under_a_related_heading_is_no_headline_over_the_real_one() =>
        Assert.Equal(
            "Gulf Coast town reopens storm-battered fishing pier after 11 months",
            TitleOf("Top Stories\n\nNew Study Links Sleep and Memory\n\nVeterans Wait Months for Disability Claims\n\nBaseball Playoff Race Comes Down to Final Day\n\n"
                + "Gulf Coast town reopens storm-battered fishing pier after 11 months"));

    [Fact]
    public void A_title_case_headline_over_a_sentence_case_deck_still_stands() =>
        Assert.Equal(
            "Gulf Coast Town Reopens Storm-Battered Fishing Pier",
            TitleOf("Gulf Coast Town Reopens Storm-Battered Fishing Pier\n\nthe rebuilt pier opened 11 months after the storm, with new lights and a bait shop"));
}
