using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionLinkBeforeBylineNameTests
{
    private static string Story(string sectionAddress) => $$"""
        <html><head><title>Ferry line orders two boats - Harbour Trade Review</title>
        <meta property="og:site_name" content="Harbour Trade Review"/></head>
        <body><nav><ul><li><a href="https://review.example/ferries">Ferries</a>
        <ul><li><a href="https://review.example/ferries/fer">FER</a></li><li><a href="https://review.example/ferries/ports">Ports</a></li></ul></li></ul></nav>
        <div class="crumbs"><h3><a href="https://review.example/ferries">Ferries</a>/<a href="https://review.example/ferries/fer">FER</a></h3></div>
        <div class="entry-box"><h1 class="entry-title">Ferry line orders two boats for the island routes</h1>
        <p class="authors">
         <a href="{{sectionAddress}}">FER</a>
         <a href="/archive/4211">Ada  Brennan</a>
        </p>
        <p class="details">17:07, May 5 2016</p>
        <div class="text"><p>The ferry line has ordered two new boats for its island routes, its chief executive said on Tuesday at the port.</p>
        <p>The boats will enter service next spring and replace the two oldest vessels of the fleet, which are forty years old.</p>
        <p>The line did not say what it paid, but the harbour board put the price at about twelve million for the pair.</p></div>
        </div></body></html>
        """;

    [Fact]
    public void A_link_to_the_storys_section_before_the_writers_link_is_no_part_of_the_name()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story("https://review.example/ferries/fer")), "ferries.html");

        Assert.Equal(["Ada Brennan"], page.Authors);
    }

    [Fact]
    public void A_first_link_that_no_link_above_goes_to_is_left_to_the_byline_reader()
    {
        using var document = new HtmlParser().ParseDocument(Story("https://review.example/labels/fer"));

        Assert.Null(SectionLinkBeforeBylineName.Read(document.QuerySelector("p.authors")!));
    }

    [Fact]
    public void Two_writers_links_are_no_section_and_its_writer()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="top"><a href="/author/ada-brennan">Ada Brennan</a></div>
            <p class="authors"><a href="/author/ada-brennan">Ada Brennan</a> <a href="/author/tom-hale">Tom Hale</a></p></body></html>
            """);

        Assert.Null(SectionLinkBeforeBylineName.Read(document.QuerySelector("p.authors")!));
    }

    [Fact]
    public void A_box_with_words_outside_its_links_is_no_such_box()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><nav><a href="/ferries/fer">FER</a></nav>
            <p class="authors"><a href="/ferries/fer">FER</a> reporter <a href="/archive/4211">Ada Brennan</a></p></body></html>
            """);

        Assert.Null(SectionLinkBeforeBylineName.Read(document.QuerySelector("p.authors")!));
    }
}
