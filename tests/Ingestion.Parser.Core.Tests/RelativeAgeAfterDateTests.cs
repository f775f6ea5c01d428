using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RelativeAgeAfterDateTests
{
    [Theory]
    [InlineData("Ida Holm March 3, 2018 12 mins ago", "Ida Holm March 3, 2018")]
    [InlineData("Ida Holm 2018-03-03 2 hours ago", "Ida Holm 2018-03-03")]
    [InlineData("Ida Holm 12 mins ago", "Ida Holm 12 mins ago")]
    [InlineData("Ida Holm March 3, 2018 a while ago", "Ida Holm March 3, 2018 a while ago")]
    public void The_age_after_a_date_is_cut_and_a_lone_age_kept(string line, string expected) =>
        Assert.Equal(expected, RelativeAgeAfterDate.Without(line));

    [Fact]
    public void A_byline_row_with_the_pages_age_after_its_date_is_read_as_the_byline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Ferry Tolls Rise By A Third After A Winter Of Losses

               Ida Holm 03.03.18 12 mins ago 2 Comments

               The ferry operator said on Monday that tolls would rise by a third from May, after a winter of losses on the crossing to the island.

               Season tickets keep their price until the summer, and pupils travelling to the mainland school ride free as before, the operator said.
            """), "tolls.txt");

        Assert.Equal("Ferry Tolls Rise By A Third After A Winter Of Losses", page.Title);
        Assert.Equal(["Ida Holm"], page.Authors);
        Assert.Equal("2018-03-03", page.PublishedAt);
    }
}
