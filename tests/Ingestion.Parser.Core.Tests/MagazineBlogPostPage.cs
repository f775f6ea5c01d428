namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An old magazine CMS's blog post in invented text: a colon trail after the headline in og:title, the site's name and
/// its kind as the author meta, and a midnight creation stamp of the blog in article:published_time.
/// </summary>
internal static class MagazineBlogPostPage
{
    internal static ParsedPage Parse(string shareTitle = "How to Pack a Ferry Bag: The Harbour Eye: Harbour on Style: Harbour",
        string authorMeta = "Harbour Magazine", string stamp = "2009-09-02T00:00:00-04:00",
        string address = "http://www.harbour.example/style/blogs/the-harbour-eye/2014/05/how-to-pack-a-ferry-bag.html") =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{shareTitle}}</title>
        <meta name="Author" content="{{authorMeta}}">
        <meta property="article:published_time" content="{{stamp}}">
        <link rel="canonical" href="{{address}}">
        <meta property="og:site_name" content="Harbour"><meta property="og:title" content="{{shareTitle}}"></head><body>
        <ul id="bc"><li><a href="/">Harbour</a></li><li><a href="/style/">Style</a></li></ul>
        <div id="main"><h2 id="indhed"><a href="/style/blogs/the-harbour-eye/">The Harbour Eye</a></h2>
        <div class="hentry entry single">
        <div class="entry-metadata date"><span class="published">On <span class="date">May 23, 2014</span> at <span class="time">1:30 PM</span></span></div>
        <h2 class="entry-title">How to Pack a Ferry Bag</h2>
        <div class="entry-metadata"><span class="author"> By <cite class="vcard author"><a href="/contributors/lena-ortiz">Lena Ortiz</a></cite></span></div>
        <div class="entry-content">
        <p>The long weekend is here at last, and the island ferry fills up early, so a bag packed the night before saves the morning.</p>
        <p>Roll the shirts rather than folding them, and keep the sunscreen in the outer pocket where the deck crew will not make you dig.</p>
        </div></div></div>
        <div class="footer"><p>&copy; 2015 Harbour Media. All rights reserved.</p></div></body></html>
        """), "ferry-bag.html");

}
