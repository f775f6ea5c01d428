using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A comment's relative time shown over a datetime attribute on a plain link gives the attribute's time (RelativeTextDatetime).</summary>
public class RelativeTextDatetimeTests
{
    private static ParsedPage Parse(string shown) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares rise in April | Harbour Facts</title>
        <meta property="og:site_name" content="Harbour Facts"></head><body>
        <div id="content" class="content">
        <div class="meta date">March 3, 2015</div>
        <h1>Ferry fares rise in April</h1>
        <p class="byline">By <a href="/author/lhansen/" rel="author">Lena Hansen</a></p>
        <div class="text clearfix">
        <p>The ferry trust will raise the fare for a single crossing by 40 cents in April, the trust said on Monday.</p>
        <p>Season tickets stay at last year's price until the end of June, when the board meets again.</p>
        </div>
        <div id="comments">
        <h2>2 Comments</h2>
        <ol class="commentlist">
        <li class="comment depth-1" id="comment-11">
        <div class="comment"><p><span class="author">Tom Ekdal</span> &bull; <a href="#comment-11" class="time" datetime="2015-03-04T10:12:00+00:00">{{shown}}</a> </p>
        <p>Forty cents a crossing adds up quickly for those of us who cross twice a day.</p>
        <a class="comment-reply-link" href="?replytocom=11#respond">Reply</a></div>
        </li>
        <li class="comment depth-1" id="comment-12">
        <div class="comment"><p><span class="author">Greta Holm</span> &bull; <a href="#comment-12" class="time" datetime="2015-03-05T18:40:00+00:00">{{shown}}</a> </p>
        <p>The season ticket is still the better deal, if the board keeps its price in June.</p>
        <a class="comment-reply-link" href="?replytocom=12#respond">Reply</a></div>
        </li>
        </ol></div>
        </div></body></html>
        """), "fares.html");

    [Fact]
    public void The_datetime_behind_a_relative_time_is_the_comments_time()
    {
        var page = Parse("2 weeks ago");
        Assert.Equal(2, page.Comments.Count);
        Assert.Equal(DateTimeOffset.Parse("2015-03-04T10:12:00+00:00"), DateTimeOffset.Parse(page.Comments[0].PostedAt!));
        Assert.Equal(DateTimeOffset.Parse("2015-03-05T18:40:00+00:00"), DateTimeOffset.Parse(page.Comments[1].PostedAt!));
    }

    [Fact]
    public void A_shown_date_of_another_day_does_not_take_the_attribute()
    {
        var page = Parse("January 9, 2015");
        Assert.Equal(2, page.Comments.Count);
        Assert.DoesNotContain(page.Comments, comment => comment.PostedAt is { } at && at.StartsWith("2015-03-0", StringComparison.Ordinal));
    }
}
