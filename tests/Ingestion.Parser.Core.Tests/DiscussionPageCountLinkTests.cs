using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DiscussionPageCountLinkTests
{
    private static ParsedPage Parse(string links) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Keeps Its Late Run</title>
        <link rel="canonical" href="http://www.harbor.example/2010/08/13/night-ferry-keeps-its-late-run/">
        <meta property="og:site_name" content="Harbor News"></head><body>
        <div id="article" class="article"><h1>Night Ferry Keeps Its Late Run</h1>
        <abbr class="published" title="2010-08-13T16:39:00-04:00">Aug 13, 2010 - 4:39 PM</abbr>
        <div class="entry-content">
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        </div></div>
        <div id="featuredComments"><ul>{{links}}</ul></div>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_count_link_to_the_storys_own_path_under_a_discussion_segment_declares_the_count()
    {
        var page = Parse("""
            <li><a class="numComments" href="/discuss/2010/08/13/night-ferry-keeps-its-late-run#discussAnchor">219 <span>comments</span></a></li>
            <li><a href="/discuss/2010/08/13/night-ferry-keeps-its-late-run#discussAnchor">add your comment</a></li>
            """);
        Assert.Equal(219, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_count_link_to_another_storys_discussion_page_declares_nothing()
    {
        var page = Parse("""
            <li><a class="numComments" href="/discuss/2010/08/12/pier-lights-return-for-winter#discussAnchor">48 <span>comments</span></a></li>
            """);
        Assert.Null(page.DeclaredCommentCount);
    }

    [Fact]
    public void Two_links_to_the_storys_discussion_page_with_different_counts_declare_nothing()
    {
        var page = Parse("""
            <li><a href="/discuss/2010/08/13/night-ferry-keeps-its-late-run">219 comments</a></li>
            <li><a href="/comments/2010/08/13/night-ferry-keeps-its-late-run">12 comments</a></li>
            """);
        Assert.Null(page.DeclaredCommentCount);
    }
}
