using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RailHeadingTabsTests
{
    [Theory]
    [InlineData("Most Read | Most Commented")]
    [InlineData("Most Popular · Most Emailed · Most Commented")]
    [InlineData("Most Viewed • Most Commented")]
    public void A_row_of_rail_tabs_heads_links(string line) => Assert.True(BoilerplateFilter.IsRelatedHeading(line));

    [Theory]
    [InlineData("Most Read | Sports")]
    [InlineData("News | Sports | Opinion")]
    [InlineData("Most Read")]
    [InlineData("Recommend (6) | Report Abuse")]
    public void A_row_with_any_other_item_is_no_rail_tab_row(string line) => Assert.False(RailHeadingTabs.Is(line, BoilerplateFilter.IsRelatedHeading));

    [Fact]
    public void Rail_tabs_under_a_thread_end_it_and_sign_no_comment()
    {
        var text = """
            Lakeport Herald-Dispatch

            Crime & Courts

            Man shot in leg outside east-side convenience store

            Posted: Thursday, September 26, 2013, 3:22 PM
            By Derek Hollis, Staff Writer

            A 19-year-old man was shot in the leg early Thursday outside a convenience store on the city's east side, police said.

            He was taken to Mercy Regional Medical Center, where he was listed in fair condition Thursday afternoon.

            Comments (2)

            Garfield_neighbor
            9/26/2013 4:05 PM
            The lighting on that corner has been out since June. I called 311 twice.
            Recommend (6) | Report Abuse

            Tom Brennan
            9/26/2013 4:31 PM
            Glad the kid is going to be OK.
            Recommend (3) | Report Abuse

            Most Read | Most Commented
            1. Judge denies bond for man charged in Tremont Street killing
            2. Lakeport schools to add two late-start days

            Copyright © 2013 Lakeport Herald-Dispatch. All rights reserved.
            """;

        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(text), "snapshot.txt");

        Assert.Equal(["Garfield_neighbor", "Tom Brennan"], parsed.Comments.Select(comment => comment.Author));
        Assert.Equal(["Glad the kid is going to be OK."], parsed.Comments[1].Paragraphs);
    }
}
