using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ListedNameAboveTitleTests
{
    private const string Headline = "Why the oyster farms on Pell Creek are betting on winter";

    private static string Page(string item) =>
        "Aquaculture\n\n" + Headline + "\n\nThree growers, one cold-water gamble, and what it could mean for the creek.\n\n"
        + item + "\n\nCorinne Abara\n\nFeb 20, 2020 • 5 min read\n\n" + Headline + "\n\n"
        + "Good morning, and welcome to the 41 new readers who signed up after last week’s letter about the ferry schedule.\n\n"
        + "Until about five years ago, the three farms on the creek sold almost everything between May and September.\n";

    [Theory]
    [InlineData("  • Corinne Abara")]
    [InlineData("• Corinne Abara")]
    [InlineData("     * Corinne Abara")]
    public void The_writers_list_item_over_the_name_and_date_gives_the_name_without_its_bullet(string item)
    {
        var split = JsonDocument.Parse(LabelledPages.SplitAsJson(Page(item), "page.txt")).RootElement;
        Assert.Equal(["Corinne Abara"], split.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
    }
}
