using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShortLabelTagListTests
{
    [Fact]
    public void More_over_three_short_capitalised_entries_lists_tags() =>
        Assert.Equal(["Sharing Economy", "Tool Library", "Community"], TagLineParser.TryRead("More: Sharing Economy, Tool Library, Community"));

    [Theory]
    [InlineData("More: Council approves budget")]
    [InlineData("More: Police, fire crews respond to crash on Route 9")]
    [InlineData("More: Budget, Schools")]
    public void More_over_a_headline_or_a_short_list_is_no_tag_line(string line) =>
        Assert.Null(TagLineParser.TryRead(line));

    [Fact]
    public void A_contributors_box_over_the_headline_names_the_writer_and_the_threads_name_is_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Marisol Benavides
            Founder, ShareShed Collective

            Why Our Town Needs a Tool Library

            Posted: 03/12/2013 2:05 pm

            Three years ago I bought a tile saw for a single bathroom project. I used it for one weekend.

            If your town has an empty storefront, you already have most of what you need. Start with a spreadsheet.

            HuffPost Social News

            Comments (4)
            """), "page.txt");

        Assert.Equal(["Marisol Benavides"], page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
