using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ListCloserLinkTests
{
    private static ParsedPage Parse(string closer) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        Harbour Tolls Rise Again As Ferry Operator Posts Loss

           By Ida Holm

        Ida Holm

           Transport Correspondent

        More Stories By Ida

             * Bridge Plan Shelved After Council Vote
             * Island School Reopens
             * Port Strike Ends After Two Days

        {{closer}}
           April 15, 2019 6:18am

             * Facebook
             * Twitter

           The ferry operator said on Monday that tolls would rise by a third from May, after a winter of losses on the crossing to the island.

           Season tickets keep their price until the summer, and pupils travelling to the mainland school ride free as before, the operator said.
        """), "tolls.txt");

    [Theory]
    [InlineData("   View All")]
    [InlineData("   See all stories »")]
    public void The_date_under_the_link_that_closes_a_writers_story_list_is_the_storys(string closer)
    {
        var page = Parse(closer);
        Assert.Equal("2019-04-15T06:18:00", page.PublishedAt);
        Assert.Equal(["Ida Holm"], page.Authors);
    }

    [Fact]
    public void Without_a_closing_link_the_date_under_the_list_stays_the_last_items()
    {
        Assert.Null(Parse("").PublishedAt);
    }
}
