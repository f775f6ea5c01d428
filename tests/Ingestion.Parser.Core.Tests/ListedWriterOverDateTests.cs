using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ListedWriterOverDateTests
{
    private const string Header = "     * Environment\n     * Wildlife\n\nHedgehog numbers fall by a third in a decade, survey finds\n\n"
        + "   Fewer than a million hedgehogs may remain in Britain as hedgerows vanish, but gardens are becoming a refuge\n";

    private const string Text = "\n   Britain’s hedgehogs have declined by about a third in the past ten years, according to the largest survey of the animals yet carried out.\n\n"
        + "   Volunteers recorded sightings at more than 3,000 sites between 2003 and 2013, the report published on Thursday says.\n";

    private static string[] Authors(string page) =>
        [.. JsonDocument.Parse(LabelledPages.SplitAsJson(page, "page.txt")).RootElement.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!)];

    [Theory]
    [InlineData("     * Rachel Oduya, science correspondent\n     * The Northern Chronicle, Thursday 26 September 2013 00.01 BST\n")]
    [InlineData("  • Rachel Oduya\n  • The Northern Chronicle, Thursday 26 September 2013 00.01 BST\n")]
    public void A_writers_item_over_a_dated_item_names_the_writer(string box) =>
        Assert.Equal(["Rachel Oduya"], Authors(Header + box + Text));

    [Fact]
    public void A_menus_last_item_over_a_dated_item_names_nobody()
    {
        var lines = new PageLines(TextLine.Split("     * Home\n     * Middle East\n     * The Northern Chronicle, Thursday 26 September 2013 00.01 BST\n"));
        Assert.Null(ListedWriterOverDate.Read(lines, 1, lines.Count));
    }

    [Fact]
    public void A_name_item_over_an_undated_item_names_nobody()
    {
        var lines = new PageLines(TextLine.Split("Headline of the story here\n     * Rachel Oduya\n     * Science\n"));
        Assert.Null(ListedWriterOverDate.Read(lines, 1, lines.Count));
    }

    [Theory]
    [InlineData(" 1. Sarah Penrose\n\n   1:39 PM ET\n")]
    [InlineData("  • Sarah Penrose\n\n   April 29, 2019 1:39 PM ET\n")]
    public void A_list_of_one_writer_over_the_time_names_the_writer(string box) =>
        Assert.Equal(["Sarah Penrose"], Authors(Header + box + Text));

    [Fact]
    public void The_first_of_two_menu_items_over_the_date_names_nobody()
    {
        var lines = new PageLines(TextLine.Split("Headline of the story here\n  • Harbour News\n  • Middle East\n\nApril 29, 2019 1:39 PM ET\n"));
        Assert.Null(ListedWriterOverDate.Read(lines, 1, lines.Count));
        Assert.Null(ListedWriterOverDate.Read(lines, 2, lines.Count));
    }
}
