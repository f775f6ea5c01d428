using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LoneShortPostBodyTests
{
    private const string Entry = """
        <div class="post hentry"><h3 class="post-title entry-title"><a href="https://kettle.example/2012/04/moved.html">Moved House</a></h3>
        <div class="post-body entry-content" itemprop="articleBody">
        The kettle notes live on the new address now; this page stays up for the old links, which still turn up in the search results now and then.
        <div style="clear: both;"></div></div>
        <div class="post-footer">Posted by <span class="fn">Rowan Pell</span> at <abbr class="published" title="2012-04-02T08:15:00-05:00">8:15 AM</abbr></div></div>
        """;

    private static string Page(string entries) => $"""
        <html><head><meta charset="utf-8"><meta content="Kettle Notes" property="og:title"><title>Kettle Notes: 2012</title></head>
        <body><h1 class="title"><a href="https://kettle.example/">Kettle Notes</a></h1>
        <div class="main"><div class="blog-posts hfeed">{entries}</div>
        <div class="blog-feeds">Subscribe to: <a href="https://kettle.example/feeds/posts/default">Posts (Atom)</a></div></div>
        <aside><div class="widget Profile"><h2>About Me</h2><div>A long-time tinkerer with kettles, teapots and the odd samovar, writing now and then about what boils, what leaks and what was worth the money at the flea market on Sundays.</div></div></aside>
        </body></html>
        """;

    [Fact]
    public void A_one_line_post_in_its_named_box_is_the_text() =>
        Assert.Equal(["The kettle notes live on the new address now; this page stays up for the old links, which still turn up in the search results now and then."],
            HtmlPageSplitter.Split(Page(Entry)).BodyParagraphs);

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void Only_the_one_box_of_its_class_is_taken(int posts, bool found)
    {
        using var document = new HtmlParser().ParseDocument(Page(string.Concat(Enumerable.Repeat(Entry, posts))));
        Assert.Equal(found, LoneShortPostBody.Find(document, HtmlContentRoot.Candidates(document)) is not null);
    }
}
