using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SocialFollowButtonTests
{
    [Theory]
    [InlineData("Follow @janeroe", true)]
    [InlineData("Follow Jane Roe on Twitter", true)]
    [InlineData("Follow", false)]
    [InlineData("Jane Roe", false)]
    [InlineData("Following the money: Jane Roe", false)]
    public void A_follow_button_is_known_by_its_handle_or_network(string text, bool isButton) =>
        Assert.Equal(isButton, SocialFollowButton.Is(text));

    [Fact]
    public void The_follow_button_in_a_class_named_for_the_authors_gives_way_to_the_byline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbor flooding closes waterfront - The Coastal Ledger</title></head><body>
            <h1>Harbor flooding closes waterfront</h1>
            <div class="article-body"><div class="sig-line"><span class="story-byline">By <a href="/people/dana-whitcomb">Dana Whitcomb</a></span>
            <span class="timestamp">March 12 at 4:05 PM</span> <span class="tweet-authors"><a class="twitter-follow-button" href="https://twitter.com/@danawhitcomb">Follow @danawhitcomb</a></span></div>
            <article><p>High tides flooded the waterfront on Tuesday, closing shops along the harbor road for the second time this month.</p>
            <p>City engineers said the sea wall would be raised next year, once the state releases the money it promised in the spring.</p>
            </article></div></body></html>
            """), "page.html");

        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }
}
