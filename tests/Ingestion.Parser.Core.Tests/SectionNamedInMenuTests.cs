using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionNamedInMenuTests
{
    private static ParsedPage Parse(string menuItem) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
             * Business
                  + Sections
                  + {{menuItem}}
                  + Banking

        Harbour Monday

           December 12, 2016 7:00 AM

        From ferries to bike paths, this is what the island's bosses think of transit

           The ferry operator said on Monday that tolls would rise by a third from May, after a winter of losses on the crossing to the island.

           Season tickets keep their price until the summer, and pupils travelling to the mainland school ride free as before, the operator said.
        """), "transit.txt");

    [Fact]
    public void A_kicker_over_the_date_that_the_menu_lists_is_a_section_and_no_writer()
    {
        var page = Parse("Harbour Monday");
        Assert.Empty(page.Authors);
        Assert.Equal("2016-12-12T07:00:00", page.PublishedAt);
    }

    [Fact]
    public void A_name_over_the_date_that_no_menu_item_repeats_is_still_the_writer() =>
        Assert.Equal(["Harbour Monday"], Parse("Harbour Weekly").Authors);
}
