using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SecondLevelHeadlineTests
{
    private static string? Fuller(string body, string title)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>");
        return SecondLevelHeadline.Fuller(document, HeadlineWords.Of(title), title);
    }

    [Fact]
    public void An_h2_holding_the_shortened_sharing_title_is_the_headline()
    {
        Assert.Equal(
            "Ferry operator adds winter crossings after islanders fill council chamber",
            Fuller("<h1>Northshore Today</h1><h2 class=\"itemTitle\">Ferry operator adds winter crossings after islanders fill council chamber</h2>", "Ferry operator adds winter crossings"));
    }

    [Fact]
    public void An_h2_in_a_rail_is_not()
    {
        Assert.Null(Fuller("<aside><h2>Ferry operator adds winter crossings, then cuts them</h2></aside><h2>Weather</h2>", "Ferry operator adds winter crossings"));
    }

    [Fact]
    public void An_h2_that_only_puts_a_kicker_before_the_title_is_not()
    {
        Assert.Null(Fuller("<h2><span>Hamburger Hafen:</span> <span>Reedereien drohen mit Abzug</span></h2>", "Reedereien drohen mit Abzug"));
    }
}
