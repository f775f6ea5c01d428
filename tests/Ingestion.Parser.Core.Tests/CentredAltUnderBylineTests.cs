using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CentredAltUnderBylineTests
{
    private static readonly string Centre = new(' ', 150);

    private static ParsedPage Parse() => PageParser.Parse(Encoding.UTF8.GetBytes($"""
           You are here: Home / Transport / The FERRY Tolls Of The Island In One Chart

        The FERRY Tolls Of The Island In One Chart

           March 3, 2018 By Ida Holm 4 Comments
             * Facebook
             * Twitter
             * Pinterest

        {Centre}Harbour ferry at dusk, island pier in the background

           The ferry operator said on Monday that tolls would rise by a third from May, after a winter of losses on the crossing to the island.

           Season tickets keep their price until the summer, and pupils travelling to the mainland school ride free as before, the operator said.
        """), "tolls.txt");

    [Fact]
    public void A_centred_alt_text_under_the_margin_headline_and_its_byline_is_no_headline()
    {
        var page = Parse();
        Assert.Equal("The FERRY Tolls Of The Island In One Chart", page.Title);
        Assert.Equal(["Ida Holm"], page.Authors);
    }
}
