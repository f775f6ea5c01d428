using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AuthorArchiveLoginTests
{
    private static AngleSharp.Dom.IElement Link(string markup) =>
        new HtmlParser().ParseDocument($"<html><body>{markup}</body></html>").QuerySelector("a")!;

    [Theory]
    [InlineData("""<a href="https://example.org/index.php/author/mkessler/">mkessler</a>""", "mkessler")]
    [InlineData("""<a href="/authors/greta_s">greta_s</a>""", "greta_s")]
    public void A_login_spelling_its_archives_slug_is_the_name_signed(string markup, string login) =>
        Assert.Equal(login, AuthorArchiveLogin.Read(Link(markup)));

    [Theory]
    [InlineData("""<a href="/author/admin/">admin</a>""")]
    [InlineData("""<a href="/author/mkessler/">redaktion</a>""")]
    [InlineData("""<a href="/author/mkessler/">Martin Kessler</a>""")]
    [InlineData("""<a href="/tag/mkessler/">mkessler</a>""")]
    public void Default_accounts_other_slugs_and_names_are_left(string markup) =>
        Assert.Null(AuthorArchiveLogin.Read(Link(markup)));

    [Fact]
    public void A_twenty_sixteen_byline_showing_the_login_names_the_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de-DE"><head><title>Endlich Klarheit bei den Fährtarifen &#8211; Hafenblog Westfold</title></head><body>
            <header class="site-header"><p class="site-title"><a href="/" rel="home">Hafenblog Westfold</a></p></header>
            <main id="main" class="site-main"><article id="post-12" class="post-12 post type-post status-publish format-standard hentry category-news tag-faehre">
            <header class="entry-header"><h1 class="entry-title">Endlich Klarheit bei den Fährtarifen</h1></header>
            <div class="entry-content"><p>Das Verwaltungsgericht hat entschieden, dass die Fährgesellschaft ihre Tarife nicht ohne Anhörung der Inselgemeinden erhöhen darf, und wir hoffen, dass es dabei bleibt.</p></div>
            <footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt="" src="/avatar.png" class="avatar" /><span class="screen-reader-text">Autor </span> <a class="url fn n" href="/index.php/author/mkessler/">mkessler</a></span></span><span class="posted-on"><span class="screen-reader-text">Veröffentlicht am </span><a href="/2015/06/09/faehre/" rel="bookmark"><time class="entry-date published" datetime="2015-06-09T11:04:12+00:00">9. Juni 2015</time></a></span></footer>
            </article></main></body></html>
            """), "post.html");

        Assert.Equal(["mkessler"], page.Authors);
        Assert.Equal("2015-06-09T11:04:12+00:00", page.PublishedAt);
    }
}
