using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkRailsAroundTextTests
{
    private const string FirstParagraph =
        "The harbour board voted on Tuesday to close the old ferry pier for repairs that will last most of the winter season.";

    private const string SecondParagraph =
        "Commuters will use a temporary landing at the fish market, where a shuttle bus will meet every boat until March.";

    private static List<string> Body(params string[] tail) => [FirstParagraph, SecondParagraph, .. tail];

    [Fact]
    public void A_run_of_headlines_and_menu_items_under_the_text_ends_it()
    {
        var body = Body("Related Stories", "Council delays vote on budget", "Bridge closed for repairs", "Most Read", "Weather",
            "Harbour festival returns in June", "The festival's fireworks move to the breakwater after complaints from boat owners.",
            "Sports", "Business", "Opinion", "Contact us", "Advertise with us", "Privacy policy", "Terms of use");

        LinkRailsAroundText.RemoveFrom(body);

        Assert.Equal([FirstParagraph, SecondParagraph], body);
    }

    [Fact]
    public void A_rail_of_japanese_headlines_ends_the_text_too()
    {
        var body = Body("関連ニュース", "ひな人形「おさがり良くない」は本当？ 専門家に聞いた", "香取慎吾さん、３人でステージに", "トップニュース", "サイトマップ", "利用規約");

        LinkRailsAroundText.RemoveFrom(body);

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_teaser_headline_closing_on_an_exclamation_mark_stays_in_the_rail()
    {
        var body = Body("Popular", "Can't See? Pass The Ice Cream!", "Hollie Banks", "The Venus Flytrap of the Sea", "Liam Allen",
            "Contact us");

        LinkRailsAroundText.RemoveFrom(body);

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_footer_printed_over_the_article_goes_where_the_text_runs_under_it()
    {
        List<string> body = ["Connecting decision makers to a network of information, people and ideas, the wire delivers news.", "Customer Support",
            "Americas", "Europe, Middle East, & Africa", "Asia Pacific", "+ Careers", "+ Diversity & Inclusion", "+ Press Contacts",
            "Financial Products", "Media", "Technology", "Opinion", "Sponsored Content", "About The Company", "Sign In", FirstParagraph, SecondParagraph, "Pier hours"];

        LinkRailsAroundText.RemoveFrom(body);

        Assert.Equal([FirstParagraph, SecondParagraph, "Pier hours"], body);
    }

    [Fact]
    public void Text_over_a_list_that_the_article_goes_on_under_stays()
    {
        List<string> body = [FirstParagraph, "Pier hours", "Monday to Friday", "Saturday mornings", "Sunday closed", SecondParagraph, FirstParagraph];

        LinkRailsAroundText.RemoveFrom(body);

        Assert.Equal(7, body.Count);
    }

    [Theory]
    // A list the text announces, a list the text goes on under, a run too short to be a rail, and a rail over text
    // that has not begun (a single paragraph above) all stay.
    [InlineData("Track list:", "01 Cold Harbour", "02 Bute", "03 Lantern Song", "04 Ferry Light")]
    [InlineData("Pier hours", "Monday to Friday", "Saturday mornings", "Sunday closed",
        "The board said the pier would open again in April if the weather allows the divers to finish their work on time.",
        "A spokesman said the repairs would cost about four million dollars, paid for by the state's harbour fund this year.")]
    [InlineData("Related Stories", "Council delays vote on budget", "Bridge closed for repairs")]
    public void An_article_s_own_list_stays(params string[] tail)
    {
        var body = Body(tail);

        LinkRailsAroundText.RemoveFrom(body);

        Assert.Equal(2 + tail.Length, body.Count);
    }

    [Fact]
    public void Lines_under_a_single_paragraph_stay()
    {
        List<string> body = [FirstParagraph, "Related Stories", "Council delays vote on budget", "Bridge closed for repairs", "Most Read"];

        LinkRailsAroundText.RemoveFrom(body);

        Assert.Equal(5, body.Count);
    }

    [Fact]
    public void A_text_dump_loses_the_rail_under_its_article()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
            Harbour board closes the old ferry pier for winter repairs

            By Ana Ruiz
            March 3, 2019

            {FirstParagraph}

            {SecondParagraph}

            Related Stories
            Council delays vote on budget
            Bridge closed for repairs
            Harbour festival returns in June
            Most Read
            Contact us
            Terms of use
            """), "pier.txt");

        Assert.Equal([FirstParagraph, SecondParagraph], page.BodyParagraphs);
    }
}
