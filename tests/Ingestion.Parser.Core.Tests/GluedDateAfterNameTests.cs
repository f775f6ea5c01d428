using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedDateAfterNameTests
{
    [Fact]
    public void A_source_run_together_with_its_date_is_parted_where_the_date_starts()
    {
        var lines = GluedDateAfterName.Split([new TextLine(0, "Harbour WireDecember 2, 2016")]);

        Assert.Equal(["Harbour Wire", "December 2, 2016"], lines.Select(line => line.Text));
    }

    [Theory]
    [InlineData("Dana WhitcombSeptember 25, 2013 at 10:02 am")]
    [InlineData("The board met on December 2, 2016 to vote.")]
    [InlineData("McAllister 2016")]
    [InlineData("December 2, 2016")]
    public void A_comment_header_a_sentence_or_a_line_without_a_glued_date_stays_whole(string text) =>
        Assert.Equal([text], GluedDateAfterName.Split([new TextLine(0, text)]).Select(line => line.Text));

    [Fact]
    public void The_writer_and_date_of_a_rendered_byline_box_are_read_and_the_headline_stays_the_title()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
              • Help
              • Terms

            Cargo ship breaks up over the northern steppe

            [image001-p]
            DANA WHITCOMB
            Harbour WireDecember 2, 2016
            11 Comments

            NORTHPORT (HW) — An unmanned cargo ship heading to the orbiting station broke up in the atmosphere on Thursday, the space agency said.

            The craft broke up at an altitude of 190 kilometres over a remote region that borders the steppe, the agency said in a statement.
            """), "page.txt");

        Assert.Equal("Cargo ship breaks up over the northern steppe", page.Title);
        Assert.Equal(["DANA WHITCOMB"], page.Authors);
        Assert.StartsWith("2016-12-02", page.PublishedAt, StringComparison.Ordinal);
    }
}
