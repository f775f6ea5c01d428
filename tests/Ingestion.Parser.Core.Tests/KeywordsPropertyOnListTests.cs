using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KeywordsPropertyOnListTests
{
    private static ParsedPage Parse(string tagBox) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html lang="en"><head><title>Why the harbour needs a second pier | Harbour Weekly</title>
        <meta property="og:title" content="Why the harbour needs a second pier" />
        </head><body><section role="main"><article itemscope itemtype="http://schema.org/BlogPosting">
        <h1 itemprop="headline">Why the harbour needs a second pier</h1>
        <p class="name" itemprop="author" itemscope itemtype="http://schema.org/Person">By <span itemprop="name">Dana Reyes</span></p>
        <p class="dateline"><span itemprop="datePublished" content="2016-04-15T13:52-0700">Apr 15, 2016 1:52 PM PT</span></p>
        <section class="bodee">
        {{tagBox}}
        <div id="drr-container" itemprop="articleBody">
        <p>When the morning ferry and the freight boat arrive together, one of them waits outside the harbour for an hour.</p>
        <p>A second pier would let both tie up at once, and the board has been told so by every skipper for ten years.</p>
        </div></section></article></section></body></html>
        """), "page.html");

    [Fact]
    public void A_keywords_property_set_on_a_list_gives_each_item_as_a_tag()
    {
        var page = Parse("""
            <div class="apart-alt tags"><span class="related">RELATED TOPICS</span>
            <ul itemprop="keywords">
              <li><a href="/category/harbour-ferries">Harbour Ferries</a></li>
              <li><a href="/category/port-it">Port IT</a></li>
            </ul></div>
            """);

        Assert.Equal(["Harbour Ferries", "Port IT"], page.Tags);
    }

    [Fact]
    public void A_keywords_property_on_a_span_of_one_line_is_still_read_as_a_tag_line()
    {
        var page = Parse("""<span itemprop="keywords">harbour ferries, port IT</span>""");

        Assert.Equal(["harbour ferries", "port IT"], page.Tags);
    }

    [Fact]
    public void A_list_of_one_item_is_no_list_of_tags_of_its_own()
    {
        var property = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""<ul itemprop="keywords"><li>Harbour Ferries</li></ul>""").QuerySelector("ul")!;

        Assert.Null(KeywordsPropertyOnList.ItemTexts(property));
    }
}
