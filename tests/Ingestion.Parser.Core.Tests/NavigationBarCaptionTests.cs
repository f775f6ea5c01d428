using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NavigationBarCaptionTests
{
    private const string Page = """
        <html><head><title>Harbour ferry returns after the storm</title></head><body>
        <div class="site-navigation-wrapper"><div class="site-navigation anon"><div class="site-navigation__content-bar">
        <a href="/" class="site-navigation__logo"><img alt="Harbour Weekly" src="/logo.svg"></a>
        <div class="site-navigation__account-menu dropdown"><div class="dropdown__toggle"><svg class="icon"></svg><span class="site-navigation__account-menu-caption"> My Account </span></div>
        <div class="dropdown__content"><ul><li><a href="/signin" class="button"> Sign In </a></li><li><div class="site-navigation__account-menu-dropdown-caption"> Don't have an account? </div><a href="/register" class="button"> Register </a></li></ul></div></div>
        <div class="site-navigation__start"><a href="/start" class="button"><span class="site-navigation__start-caption"> Start a Club </span><svg class="icon"></svg></a></div>
        </div></div></div>
        <article><h1 class="entry-title">Harbour ferry returns after the storm</h1>
        <div class="entry-content"><p>The harbour ferry returned to service on Monday after the storm closed the pier for four days, the operator said.</p>
        <figure><img src="/ferry.jpg" alt="ferry"><figcaption class="wp-caption-text">The ferry leaves the pier on Monday morning.</figcaption></figure>
        <p>Commuters queued from six in the morning, and the first crossing left ten minutes late with every seat taken.</p></div></article>
        </body></html>
        """;

    [Fact]
    public void Button_labels_in_the_navigation_bar_are_no_captions()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(["The ferry leaves the pier on Monday morning."], page.Captions);
    }

    [Fact]
    public void A_caption_inside_the_article_stays_whatever_encloses_the_article()
    {
        var html = Page.Replace("<article>", "<div class=\"post-navigation-free\"><article>").Replace("</article>", "</article></div>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Contains("The ferry leaves the pier on Monday morning.", page.Captions);
    }
}
