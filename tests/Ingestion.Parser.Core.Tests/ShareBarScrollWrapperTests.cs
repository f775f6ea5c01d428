using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShareBarScrollWrapperTests
{
    private const string Story = """
        <div class="lead"><p>A county judge stepped down from a tax case on Friday after a television report showed him at a reception paid for by a law firm.</p></div>
        <div class="document-body">
        <p>Until last week the judge was hearing the only case before the court about the accounting firm's offshore scheme for wealthy clients.</p>
        <p>The tax office imposed two million dollars in penalties on a family from the coast, which appealed the decision before the court.</p>
        <p>The judicial council filed a complaint against the judge and two of his colleagues in the days after the report was broadcast.</p>
        <p>A new judge will be named to the case by the chief justice, who faces a complaint of his own over remarks about such receptions.</p>
        </div>
        """;

    private static ParsedPage Parse(string wrapperClass) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Judge steps down from tax case</title></head><body>
        <article class="story">
        <header><h1>Judge steps down from tax case</h1><time datetime="2017-03-10T14:00:00Z"></time></header>
        <div class="{wrapperClass}"><div class="inner-text">
        <div class="social-bar-follow-scroll" role="toolbar"><a href="/share/fb">Facebook</a> <a href="/share/tw">Twitter</a></div>
        {Story}
        </div></div>
        </article>
        <div class="teaser"><p class="title"><a href="/video/1">Filming the police: what are your rights?</a></p></div>
        </body></html>
        """), "page.html");

    [Theory]
    [InlineData("container-scroll-social-bar")]
    [InlineData("share-scroll-wrap")]
    public void The_box_a_share_bar_scrolls_along_keeps_the_text_it_holds(string wrapperClass)
    {
        var page = Parse(wrapperClass);

        Assert.Equal(5, page.BodyParagraphs.Count);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Until last week the judge", StringComparison.Ordinal));
        Assert.StartsWith("A new judge will be named", page.BodyParagraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Facebook", StringComparison.Ordinal) || paragraph.Contains("Filming the police", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_row_with_a_pitch_line_is_no_wrapper()
    {
        using var document = new HtmlParser().ParseDocument($"""
            <body><div class="share-box"><p>Share this story with a friend who follows the courts and the county's tax cases every week.</p><a href="/share/fb">Facebook</a></div>{Story}</body>
            """);

        Assert.False(ShareBarScrollWrapper.Is(document.QuerySelector(".share-box")!));
    }

    [Fact]
    public void A_box_named_for_comments_as_well_is_left_to_that_word()
    {
        using var document = new HtmlParser().ParseDocument($"""<body><div class="social-comments">{Story}</div></body>""");

        Assert.False(ShareBarScrollWrapper.Is(document.QuerySelector(".social-comments")!));
    }

    [Fact]
    public void A_share_classed_feed_beside_a_longer_story_is_no_wrapper()
    {
        using var document = new HtmlParser().ParseDocument($"""
            <body>{Story}{Story}<div class="social-feed">
            <p>Our reporters will be at the courthouse all day on Monday for the hearing; follow the live coverage here.</p>
            <p>The council meets again on Thursday evening to vote on the new ferry fares and the harbour budget for next year.</p>
            <p>Readers sent us more than two hundred pictures of the storm over the weekend; here are some of the best of them.</p>
            </div></body>
            """);

        Assert.False(ShareBarScrollWrapper.Is(document.QuerySelector(".social-feed")!));
    }
}
