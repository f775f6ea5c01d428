using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuSectionUnderDatelineTests
{
    private const string Page = """
           * Home
           * Life & Love
                + Personal Style
                + Harbour & Ferry News
           * News
                + Street Chic Daily

        Eight things we heard at the holiday table

           December 29 6:30 PM
           Example.com   |

        Harbour & Ferry News

           Ah, the holidays: a time for gifts, for family, and for small remarks that sting a little more than they should.

           Here are some of the well-meant digs we heard at the table this year, and what we wished we had said back.

        """;

    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_menu_item_under_the_date_line_is_the_sections_link_and_the_headline_stays_the_title()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "holidays.txt");

        Assert.Equal("Eight things we heard at the holiday table", page.Title);
    }

    [Fact]
    public void The_repeated_menu_item_is_found_under_the_date_line()
    {
        var lines = Lines(Page);

        Assert.True(MenuSectionUnderDateline.Is(lines, lines.Count - 6));
    }

    [Theory]
    [InlineData("   * Home\n   * Weather\n\nJune 3, 2014\n\nStorm floods the harbour road\n\nThe harbour road was under water by noon on Tuesday, and the council closed it.\n", 5)]
    [InlineData("   * Home\n   * Weather\n\nLocal desk\n\nWeather\n\nThe harbour road was under water by noon on Tuesday, and the council closed it.\n", 5)]
    [InlineData("   * Home\n   * Weather\n\nJune 3, 2014\nWeather\n\nThe harbour road was under water by noon on Tuesday, and the council closed it.\n", 4)]
    public void A_line_no_menu_repeats_or_under_no_date_line_or_not_alone_is_no_section(string text, int index) =>
        Assert.False(MenuSectionUnderDateline.Is(Lines(text), index));
}
