using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelOverTopicListTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry timetable | Harbour Post</title>
        <meta name="news_keywords" content="Harbour, Ferries, Commuters, Timetables">
        <meta class="search" name="tags" content="Harbour Board"><meta class="search" name="tags" content="Ferries"></head><body>
        <article><h1>Ferry timetable changes at the harbour next week</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="a-content">
        <p>The harbour board said on Monday that the morning ferry would leave twenty minutes earlier from next week, after complaints from commuters.</p>
        <p>The board's chair said the change was the first in a decade and that the evening ferry would keep its old time for now, pending a review.</p>
        </div>
        {{row}}
        </article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_colon_label_in_its_own_element_over_a_list_of_topic_links_gives_the_tags()
    {
        var page = Parse("""
            <div class="article-tags u-flex u-align-items-center u-flex-direction-column@mobile-max">
            	<span class="c-label  pmc-u-font-size-16">
            	Read More About:
            </span>
            	<nav class="o-nav o-nav--horizontal " data-dropdown>
            	<ul class="o-nav__list u-flex-wrap-wrap" data-dropdown-list>
            		<li class="o-nav__list-item u-text-transform-uppercase a-icon-before" data-dropdown-list-item>
            			<a class="c-nav-link  " href="https://harbourpost.test/tag/harbour-board/">
            	Harbour Board</a>
            		</li>
            		<li class="o-nav__list-item u-text-transform-uppercase a-icon-before" data-dropdown-list-item>
            			<a class="c-nav-link  " href="https://harbourpost.test/tag/ferries/">
            	Ferries</a>
            		</li>
            	</ul>
            </nav>
            </div>
            """);
        Assert.Equal(["Harbour Board", "Ferries"], page.Tags);
    }

    [Fact]
    public void A_list_leading_to_stories_rather_than_topic_pages_gives_no_tags()
    {
        var page = Parse("""
            <div class="read-more"><span class="c-label">Read More About:</span>
            <nav><ul><li><a href="/2019/04/pier-lighting/">Pier lighting</a></li><li><a href="/2019/04/bridge-works/">Bridge works</a></li></ul></nav></div>
            """);
        Assert.DoesNotContain("Pier lighting", page.Tags);
    }
}
