using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteListMarkerTests
{
    [Fact]
    public void A_site_name_found_in_a_menus_list_item_comes_without_the_list_marker()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbourline

              • Sign in
              •  
                  □ Like
                  □ Follow
                  □ Harbourline
                    see more >
              • Search
              • News
              • Travel

            Ferry tolls rise by a third as operator posts a winter loss

            By Ida Holm 2016-12-13 22:33:06 UTC

            The ferry operator said on Monday that tolls would rise by a third from May, after a winter of losses on the crossing to the island.

            Season tickets keep their price until the summer, and pupils travelling to the mainland school ride free as before, the operator said.

              • ©2005-2016 Harbourline, Inc.
            """), "tolls.txt");

        Assert.Equal("Harbourline", page.Site);
    }
}
