using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NavigationLabelLineTests
{
    [Theory]
    [InlineData("Sidebarnavigation", true)]
    [InlineData("Hauptnavigation", true)]
    [InlineData("Main Navigation", true)]
    [InlineData("Satellite navigation comes to the old ferry", false)]
    [InlineData("The long history of celestial navigation", false)] // four words: a headline
    public void A_menus_label_is_furniture(string line, bool furniture) => Assert.Equal(furniture, NavigationLabelLine.Is(line));
}
