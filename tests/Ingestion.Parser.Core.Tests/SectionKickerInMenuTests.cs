using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionKickerInMenuTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_section_the_menu_bar_lists_is_the_kicker()
    {
        var lines = Lines("Torque Report | News | First Drives | Reviews\n\nFirst Drives\n\nFirst Drive: 2014 Veloce Arden Turbo\n");

        Assert.True(SectionKickerInMenu.Is(lines, 2));
    }

    [Fact]
    public void A_section_a_text_browser_printed_one_menu_item_a_line_is_the_kicker()
    {
        var lines = Lines("Home\nWorld\nEconomy\nBusiness\n\nEconomy\n\nFed officials split over bond buying\n");

        Assert.True(SectionKickerInMenu.Is(lines, 5));
    }

    [Fact]
    public void A_word_news_label_names_its_menu_item()
    {
        var lines = Lines("News\nLocal\nCanada\nSports\n\nLocal News\n\nCouncil votes to close Elm Street arena\n");

        Assert.True(SectionKickerInMenu.Is(lines, 5));
    }

    [Theory]
    [InlineData("Torque Report | News | Reviews\n\nFirst Drives\n\nFirst Drive: 2014 Veloce Arden Turbo\n", 2)]
    [InlineData("Torque Report | News | First Drives | Reviews\n\nFirst Drives of the Year Ahead\n\nFirst Drive: 2014 Veloce Arden Turbo\n", 2)]
    [InlineData("Torque Report | News | First Drives | Reviews\nFirst Drives\nFirst Drive: 2014 Veloce Arden Turbo\n", 1)]
    [InlineData("The council met on Economy Street on Tuesday night, as it does every month.\n\nEconomy\n\nFed officials split\n", 2)]
    public void A_line_the_menu_does_not_list_or_that_does_not_stand_alone_is_no_kicker(string text, int index) =>
        Assert.False(SectionKickerInMenu.Is(Lines(text), index));
}
