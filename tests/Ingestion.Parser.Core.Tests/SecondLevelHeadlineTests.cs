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

    [Fact]
    public void A_blog_platforms_title_with_the_blog_after_an_at_sign_gives_way_to_the_h2()
    {
        Assert.Equal("河边渡口_秋天的渡船 (2)",
            Fuller("<div id=\"banner\"><h1>阿明的家_河边</h1></div><ul class=\"article-head\"><li><h2><a href=\"/post/1\">河边渡口_秋天的渡船 (2)</a></h2></li></ul>",
                "河边渡口_秋天的渡船 (2) @ 阿明的家_河边 :: 河边部落 ::"));
        Assert.Null(Fuller("<h2>河边渡口</h2>", "河边渡口_秋天的渡船 (2) @ 阿明的家_河边 :: 河边部落 ::"));
    }

    [Fact]
    public void An_h2_that_the_site_suffixed_title_opens_with_is_the_headline()
    {
        Assert.Equal("Trustees Finance Committee Meetings",
            Fuller("<div id=\"header\"><a href=\"/\"><img alt=\"Harbor Public Media\"></a></div><div class=\"post\"><h2>Trustees Finance Committee Meetings</h2><div class=\"entry\"><p>Meetings are held at the station.</p></div></div>",
                "Trustees Finance Committee Meetings | Harbor Public Media"));
        Assert.Equal("Trustees Finance Committee Meetings",
            Fuller("<div class=\"post\"><h2>Trustees Finance Committee Meetings</h2></div>", "Trustees Finance Committee Meetings - Harbor"));
    }

    [Fact]
    public void A_short_label_or_a_suffix_longer_than_the_h2_is_not()
    {
        Assert.Null(Fuller("<h2>Trustees</h2>", "Trustees | Finance Committee Meetings"));
        Assert.Null(Fuller("<h2>Trustees Finance Committee</h2>", "Trustees Finance Committee | Meetings held at the station on Tuesday evenings"));
        Assert.Null(Fuller("<aside><h2>Trustees Finance Committee Meetings</h2></aside>", "Trustees Finance Committee Meetings | Harbor Public Media"));
    }
}
