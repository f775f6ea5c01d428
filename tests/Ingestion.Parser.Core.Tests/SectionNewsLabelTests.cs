using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionNewsLabelTests
{
    [Theory]
    [InlineData("Local News", "Local")]
    [InlineData("World news", "World")]
    [InlineData("  Business News ", "Business")]
    [InlineData("News", "")]
    [InlineData("The News", "")]
    [InlineData("Council votes to close Elm Street arena", "")]
    [InlineData("bad news", "")]
    [InlineData("Everything you need to know about the latest Wall Street News", "")]
    public void A_word_before_News_is_the_menu_item_the_label_names(string label, string item) =>
        Assert.Equal(item, SectionNewsLabel.MenuItem(label).ToString());
}
