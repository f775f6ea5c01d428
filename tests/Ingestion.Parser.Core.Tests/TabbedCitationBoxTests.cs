using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TabbedCitationBoxTests
{
    private const string Title = "Ferry pilots learn the tides faster";

    private const string Box =
        "Cite This Page:\nMLA\nAPA\nChicago\n"
        + "Harbour Institute. \"Ferry pilots learn the tides faster.\" Harbour Science. Harbour Science, 20 May 2020. <www.example.org/releases/2020/05/200520.htm>.\n"
        + "Harbour Institute. (2020, May 20). Ferry pilots learn the tides faster. Harbour Science. Retrieved May 21, 2020 from www.example.org/releases/2020/05/200520.htm\n";

    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_tabs_and_the_references_under_a_cite_label_are_furniture(int index) => Assert.True(TabbedCitationBox.Is(Lines(Box), index, Title));

    [Fact]
    public void The_panes_without_their_tab_row_are_furniture_too()
    {
        var lines = Lines("Cite This Page:\n\n"
            + "Harbour Institute. \"Ferry pilots learn the tides faster.\" Harbour Science, 20 May 2020.\n"
            + "Harbour Institute. (2020, May 20). Ferry pilots learn the tides faster. Harbour Science.\n");

        Assert.True(TabbedCitationBox.Is(lines, 2, Title));
        Assert.True(TabbedCitationBox.Is(lines, 3, Title));
    }

    [Fact]
    public void A_paragraph_naming_the_headline_under_no_cite_label_stays()
    {
        var lines = Lines("The pilots' union welcomed the study.\n"
            + "Its report, \"Ferry pilots learn the tides faster\", was published on 20 May 2020 by the institute.\n");

        Assert.False(TabbedCitationBox.Is(lines, 1, Title));
    }

    [Fact]
    public void A_style_name_under_prose_stays()
    {
        var lines = Lines("Cite This Page:\nThe pilots' union welcomed the study on Tuesday.\nChicago\n");

        Assert.False(TabbedCitationBox.Is(lines, 2, Title));
    }
}
