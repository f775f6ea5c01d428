using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AbstractStandfirstTests
{
    private static ParsedPage Parse(string summaryClass) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>The Harbour Lights: Night Tide Album Review | Quay Records Weekly</title>
        <meta name="description" content="The quartet's third record trades its foghorn drones for bright, jangling harbour pop."></head><body>
        <article class="review-detail__article"><div class="tombstone"><h2>The Harbour Lights</h2><h1 class="tombstone__title">Night Tide</h1></div>
        <div class="review-body"><div class="article-meta"><span>by </span><a href="/staff/marta-olsen/" class="authors__name">Marta Olsen</a>
        <time class="pub-date" datetime="2019-06-07T05:00:00">June 7 2019</time></div>
        <div class="review-detail__content"><div class="clearfix"><div class="{{summaryClass}}"><p>The quartet's third record trades its foghorn drones for bright, jangling harbour pop.</p></div></div>
        <div class="review-detail__text"><div class="contents dropcap">
        <p>For two records the band sounded like the fog itself: slow, grey and in no hurry to lift. The new one opens with a tambourine and does not look back.</p>
        <p>The songs are shorter, the guitars are louder, and the singer finally sounds as if he wants to be heard over the waves on the breakwater.</p>
        <p>Not every turn works, but the closing track, a six-minute sea shanty for drum machine, is the best thing they have made.</p>
        </div></div></div></div></article></body></html>
        """), "review.html");

    [Fact]
    public void A_summary_classed_as_an_abstract_over_the_text_is_the_standfirst()
    {
        var page = Parse("review-detail__abstract");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("For two records", page.BodyParagraphs[0]);
    }

    [Fact]
    public void The_same_paragraph_in_a_box_of_another_class_stays()
    {
        var page = Parse("review-detail__verdict");
        Assert.Equal(4, page.BodyParagraphs.Count);
    }
}
