using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ListedNameOverDateTests
{
    [Theory]
    [InlineData(" 1. Sarah Penrose")]
    [InlineData("  • Sarah Penrose")]
    public void A_list_of_one_writer_over_the_time_under_the_headline_names_the_writer(string item)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            Why the Harbour Lights Went Dark

            {item}

            April 29, 2019 1:39 PM ET

            The lamps along the pier were a novelty when they first went up, though they have since come to stand for the town's decline.

            In the summer of 1898 a chemist from the county college found that the gas in the tubes glowed red when a current ran through it.
            """), "page.txt");

        Assert.Equal(["Sarah Penrose"], page.Authors);
    }

    [Fact]
    public void A_menus_last_item_over_the_date_names_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Why the Harbour Lights Went Dark

              • Harbour News
              • Middle East

            April 29, 2019 1:39 PM ET

            The lamps along the pier were a novelty when they first went up, though they have since come to stand for the town's decline.

            In the summer of 1898 a chemist from the county college found that the gas in the tubes glowed red when a current ran through it.
            """), "page.txt");

        Assert.Empty(page.Authors);
    }
}
