using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TweetableSentenceLinkTests
{
    private const string Sentence = "Why is it so hard to close the bakery for one quiet Sunday?";

    [Fact]
    public void A_paragraph_that_is_one_sentence_set_to_be_tweeted_stays_in_the_text()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><p>The ovens have run every day of the week for eleven years.</p>"
            + "<p><a href='https://twitter.com/intent/tweet?url=https%3A%2F%2Fbakery.example%2F%3Fp%3D12&amp;text=Why%20is%20it%20so%20hard&amp;via=TownBaker'>"
            + Sentence + "</a></p>"
            + "<p><a href='https://twitter.com/intent/tweet?url=x&amp;text=y'>Tweet</a></p>"
            + "<p><a href='/stories/rye'>Read: how the town fell for rye bread again this winter</a></p>"
            + "<p>Next year the owners plan a café beside the ovens.</p></article></body></html>");
        var root = document.QuerySelector("article")!;

        HtmlFurniture.RemoveTeaserParagraphs(root);

        var paragraphs = root.QuerySelectorAll("p");
        Assert.Equal(3, paragraphs.Length);
        Assert.Equal(Sentence, paragraphs[1].TextContent);
    }

    [Fact]
    public void A_tweet_intent_with_its_text_on_a_sentence_is_one()
    {
        using var document = new HtmlParser().ParseDocument(
            "<a id='intent' href='https://twitter.com/intent/tweet?url=u&amp;text=t'>" + Sentence + "</a>"
            + "<a id='share' href='http://www.twitter.com/share?text=t&amp;url=u'>" + Sentence + "</a>"
            + "<a id='x' href='https://x.com/intent/tweet?text=t'>" + Sentence + "</a>");

        Assert.True(TweetableSentenceLink.Is(document.GetElementById("intent")!));
        Assert.True(TweetableSentenceLink.Is(document.GetElementById("share")!));
        Assert.True(TweetableSentenceLink.Is(document.GetElementById("x")!));
    }

    [Fact]
    public void A_share_button_a_follow_link_or_a_link_to_a_tweet_is_none()
    {
        using var document = new HtmlParser().ParseDocument(
            "<a id='button' href='https://twitter.com/intent/tweet?url=u&amp;text=t'>Share this on Twitter</a>"
            + "<a id='follow' href='https://twitter.com/intent/follow?screen_name=TownBaker'>" + Sentence + "</a>"
            + "<a id='status' href='https://twitter.com/TownBaker/status/123'>" + Sentence + "</a>"
            + "<a id='notext' href='https://twitter.com/intent/tweet?url=u'>" + Sentence + "</a>"
            + "<a id='story' href='/stories/sunday'>" + Sentence + "</a>");

        Assert.False(TweetableSentenceLink.Is(document.GetElementById("button")!));
        Assert.False(TweetableSentenceLink.Is(document.GetElementById("follow")!));
        Assert.False(TweetableSentenceLink.Is(document.GetElementById("status")!));
        Assert.False(TweetableSentenceLink.Is(document.GetElementById("notext")!));
        Assert.False(TweetableSentenceLink.Is(document.GetElementById("story")!));
    }
}
