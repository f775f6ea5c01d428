using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CapitalsCallToActionTests
{
    [Theory]
    [InlineData("SEE THE FULL LIST OF WINNERS", true)]
    [InlineData("RECEIVE WEEKLY GARDENING TIPS", true)]
    [InlineData("JOIN OUR READERS' PANEL", true)]
    [InlineData("SUBSCRIBE TO THE MORNING BRIEF", true)]
    [InlineData("Receive weekly gardening tips", false)]
    [InlineData("RECEIVE TIPS", false)]
    [InlineData("MARC DEWANDRE", false)]
    public void An_imperative_in_capitals_is_a_call_to_action(string line, bool callToAction) =>
        Assert.Equal(callToAction, CapitalsCallToAction.Is(line));

    [Fact]
    public void A_newsletter_boxs_capitals_heading_under_the_post_signs_nothing()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Planting Garlic in Autumn | plotline</title><meta property="og:site_name" content="plotline"></head><body>
            <main><article><h1>Planting Garlic in Autumn</h1>
            <p>Garlic wants a cold spell to split into cloves, so the bulbs go into the ground in October, a hand's width apart.</p>
            <p>Push each clove in pointed end up, two fingers deep, and cover the bed with straw once the first frost comes.</p>
            <p>By July the leaves yellow from the bottom up, and that is the sign to lift the bulbs and dry them in the shed.</p>
            </article></main>
            <aside class="OptinForm-module--container"><header><h1>RECEIVE WEEKLY GARDENING TIPS</h1></header>
            <form><input type="email" placeholder="Work Email"><button type="submit">Let's go!</button></form></aside>
            </body></html>
            """), "page.html");

        Assert.Empty(page.Authors);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
