using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedTeaserLinkTests
{
    [Theory]
    [InlineData("[Harbor museum reopens its Roman wing]", "Harbor museum reopens its Roman wing")]
    [InlineData("[Read: Why the harbor flooded again]", "Read: Why the harbor flooded again")]
    public void A_text_in_one_pair_of_brackets_is_read_inside_them(string text, string inner) =>
        Assert.Equal(inner, BracketedTeaserLink.Unwrapped(text));

    [Theory]
    [InlineData("The mayor said the plan [to close the road] would wait.")]
    [InlineData("[Updated] The road stays closed [for now]")]
    [InlineData("[]")]
    public void Other_texts_stay_as_they_are(string text) =>
        Assert.Same(text, BracketedTeaserLink.Unwrapped(text));

    [Fact]
    public void A_related_story_link_set_in_brackets_between_paragraphs_is_no_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbor flooding closes waterfront - The Coastal Ledger</title></head><body>
            <h1>Harbor flooding closes waterfront</h1><div class="article-body"><article>
            <p>High tides flooded the waterfront on Tuesday, closing shops along the harbor road for the second time this month.</p>
            <p class="interstitial-link"><i>[<a href="/local/harbor-museum-roman-wing">Harbor museum reopens its Roman wing</a>]</i></p>
            <p>City engineers said the sea wall would be raised next year, once the state releases the money it promised in the spring.</p>
            </article></div></body></html>
            """), "page.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Roman wing", StringComparison.Ordinal));
    }
}
