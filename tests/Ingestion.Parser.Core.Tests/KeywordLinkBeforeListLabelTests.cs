using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KeywordLinkBeforeListLabelTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back | Harbour Post</title></head><body>
        <article id="article" class="content content--article" itemscope itemtype="http://schema.org/NewsArticle">
        <h1 class="content__headline" itemprop="headline">Ferry back in service after the storm</h1>
        <p class="byline"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><a rel="author" href="/profile/marta-olsen"><span itemprop="name">Marta Olsen</span></a></span></p>
        <div class="content__article-body" itemprop="articleBody">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div><div class="submeta">{{keywords}}</div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_button_before_the_tag_lists_label_is_no_tag()
    {
        var page = Parse("""
            <div data-component="keywords"> <a class="submeta__tone button" href="/tone/news" itemprop="keywords">More news </a>
            <h2 class="submeta__head">Topics</h2> <ul class="keyword-list inline-list">
            <li><a class="button" href="/uk/ferries" itemprop="keywords"> Ferries </a></li>
            <li><a class="button" href="/world/storms" itemprop="keywords"> Storms </a></li></ul></div>
            """);
        Assert.Equal(["Ferries", "Storms"], page.Tags);
    }

    [Fact]
    public void Keywords_properties_in_a_list_without_a_label_all_stay()
    {
        var page = Parse("""
            <ul class="keyword-list"><li><a href="/uk/ferries" itemprop="keywords">Ferries</a></li>
            <li><a href="/world/storms" itemprop="keywords">Storms</a></li></ul>
            """);
        Assert.Equal(["Ferries", "Storms"], page.Tags);
    }
}
