using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MainPostBoxTests
{
    private static string Item(string cls, string name, string handle, string title, string text, string replyingTo = "") => $"""
        <div class="timeline-item {cls}"><a class="tweet-link" href="/{handle}/status/1#m"></a><div class="tweet-body">
        <div><div class="tweet-header"><a class="tweet-avatar" href="/{handle}"><img class="avatar" src="/pic/{handle}.jpg" alt="Image"></a>
        <div class="tweet-name-row"><div class="fullname-and-username">
        <a class="fullname" href="/{handle}" title="{name}">{name}</a>
        <a class="username" href="/{handle}" title="@{handle}">@{handle}</a></div>
        <span class="tweet-date"><a href="/{handle}/status/1#m" title="{title}">May 8</a></span></div></div></div>
        {replyingTo}
        <div class="tweet-content media-body" dir="auto">{text}</div>
        <div class="tweet-stats"><span class="tweet-stat"><div class="icon-container"><span class="icon-comment"></span> 1</div></span>
        <span class="tweet-stat"><div class="icon-container"><span class="icon-heart"></span> 4</div></span></div>
        </div></div>
        """;

    private static readonly string Page = $"""
        <html><head><title>Harbour Watch (@harbourwatch): "The north pier ferry is late again" | microsite</title>
        <meta property="og:title" content="Harbour Watch (@harbourwatch)"><meta property="og:site_name" content="Microsite"></head><body>
        <nav><a class="site-name" href="/">microsite</a></nav>
        <div class="container"><div class="conversation">
        <div class="main-thread"><div id="m" class="main-tweet">{Item("", "Harbour Watch", "harbourwatch", "8/5/2020, 07:17:31",
            "The north pier <a href=\"/search?q=%23ferry\">#ferry</a> is late again this morning and nobody at the office answers the phone.")}
        <p class="tweet-published">7:17 AM · May 8, 2020</p></div></div>
        <div id="r" class="replies">
        <div class="reply thread thread-line">
        {Item("", "Ona Brisk", "onabrisk", "8/5/2020, 08:07:39", "The crew is changing a part in the engine room, they said.",
            "<div class=\"replying-to\">Replying to <a href=\"/harbourwatch\">@harbourwatch</a></div>")}
        {Item("", "Piet Vanhal", "pvanhal", "8/5/2020, 09:16:46", "So when does it leave then?")}
        <div class="timeline-item more-replies"><a class="more-replies-text" href="/pvanhal/status/1#m">1 more reply</a></div>
        </div>
        <div class="reply thread thread-line">{Item("thread-last", "Gus Amar", "gusamar", "8/5/2020, 09:42:04", "I can drive anyone who is stuck at the pier.",
            "<div class=\"replying-to\">Replying to <a href=\"/harbourwatch\">@harbourwatch</a></div>")}</div>
        <div class="show-more"><a href="/harbourwatch/status/1?cursor=2#r">Load more</a></div>
        </div></div></div></body></html>
        """;

    private static ParsedPage Parsed() => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "status.html");

    [Fact]
    public void The_main_posts_text_is_the_body_and_its_display_name_the_writer()
    {
        var page = Parsed();
        Assert.Equal(["The north pier #ferry is late again this morning and nobody at the office answers the phone."], page.BodyParagraphs);
        Assert.Equal(["Harbour Watch"], page.Authors);
    }

    [Fact]
    public void The_accounts_name_shared_as_the_title_is_no_headline()
    {
        Assert.Null(Parsed().Title);
    }

    [Fact]
    public void The_replies_are_the_comments_a_chain_answering_the_post_above_and_handles_no_part_of_the_names()
    {
        var page = Parsed();
        Assert.Equal(["Ona Brisk", "Piet Vanhal", "Gus Amar"], page.Comments.Select(c => c.Author));
        Assert.Equal([null, 1, null], page.Comments.Select(c => c.Parent));
        Assert.Equal(["So when does it leave then?"], page.Comments[1].Paragraphs);
    }

    [Fact]
    public void The_speech_bubble_count_in_the_main_posts_stats_is_the_declared_count()
    {
        Assert.Equal(1, Parsed().DeclaredCommentCount);
    }

    [Fact]
    public void An_embedded_post_in_a_news_story_is_no_main_post()
    {
        var html = """
            <html><head><title>Ferry late again</title></head><body><article><h1>Ferry late again</h1>
            <div class="entry-content"><p>The north pier ferry was late again on Friday, and the council says it will look at the timetable once more before summer.</p>
            <div class="tweet"><div class="tweet-content">The ferry is late again!</div><a class="fullname">Harbour Watch</a></div>
            <p>Riders waited for forty minutes at the pier while the crew changed a part in the engine room, the operator said later.</p></div></article></body></html>
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "story.html");
        Assert.Equal("Ferry late again", page.Title);
        Assert.Contains("The north pier ferry was late again on Friday, and the council says it will look at the timetable once more before summer.", page.BodyParagraphs);
        Assert.Contains("Riders waited for forty minutes at the pier while the crew changed a part in the engine room, the operator said later.", page.BodyParagraphs);
    }
}
