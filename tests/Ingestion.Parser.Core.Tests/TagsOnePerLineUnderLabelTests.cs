using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagsOnePerLineUnderLabelTests
{
    private const string Story = "Seawall plan wins state grant\n\nBy Priya Raman\n\n"
        + "The port will get $4 million from the state for the first phase of the seawall, officials said Tuesday.\n\n"
        + "The board will hear an update on the grant application at its April 12 meeting.\n\n";

    private static IReadOnlyList<string> TagsOf(string text) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "page.txt").Tags;

    [Fact]
    public void A_list_printed_without_blank_lines_ends_at_the_blank_line_under_it() =>
        Assert.Equal(["Seawall", "Port of Northgate", "Climate"],
            TagsOf(Story + "Topics:\nSeawall\nPort of Northgate\nClimate\n\nPriya Raman\n\nPriya covers the waterfront for Northgate Daily.\n"));

    [Fact]
    public void A_list_with_a_blank_line_between_its_tags_goes_on_past_them() =>
        Assert.Equal(["Seawall", "Port of Northgate", "Climate"], TagsOf(Story + "Tags\n\nSeawall\n\nPort of Northgate\n\nClimate\n\nRelated\n"));
}
