using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A reader's level printed in capitals over the name link, in the box holding the name, is no name.</summary>
public class CapitalsTitleOverNameTests
{
    private static ParsedPage Parse(string title) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Harbour ferry fares rise again</title></head>
        <body><div class="entry"><h1>Harbour ferry fares rise again</h1>
        <p>The harbour board voted on Tuesday to raise ferry fares for the second time this year, citing fuel costs.</p>
        <p>Commuters who cross twice a day will pay about forty dollars more each month under the new schedule.</p>
        </div>
        <div class="comments" id="comments_77"><ul class="comments_header"><li>Comments</li><li class="comments_count">2</li></ul>
        <div id="comments_inner_77">
        <div class="comment_item"><div class="comment_top"><div class="author_name has_title">
        <div class="arial_11 bold black">{title}</div>
        <a class="bold" href="/social/quaysider?action=comments">quaysider</a>
        <div class="author_fans"><a class="author_fans_count" href="/social/quaysider">1271 Fans</a></div>
        </div></div>
        <div class="comment_body"><div class="comment_time">30 seconds ago (7:18 PM)</div>
        Another rise and the service is no better than last winter.</div>
        <div class="comment_bottom"><a class="comment_permalink" href="#">Permalink</a> | <a href="#">Share it</a></div></div>
        <div class="comment_item"><div class="comment_top"><div class="author_name">
        <a class="bold" href="/social/tidewatch77?action=comments">tidewatch77</a>
        <div class="author_fans"><a class="author_fans_count" href="/social/tidewatch77">4 Fans</a></div>
        </div></div>
        <div class="comment_body"><div class="comment_time">1 minute ago (7:17 PM)</div>
        I will be cycling over the bridge from now on.</div>
        <div class="comment_bottom"><a class="comment_permalink" href="#">Permalink</a> | <a href="#">Share it</a></div></div>
        </div></div></body></html>
        """), "ferry.html", "text/html");

    [Theory]
    [InlineData("HARBOUR SUPER USER")]
    [InlineData("COMMUNITY MODERATOR")]
    public void The_level_over_the_name_is_no_name(string title) =>
        Assert.Equal(["quaysider", "tidewatch77"], Parse(title).Comments.Select(c => c.Author));
}
