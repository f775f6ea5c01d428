using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkListTests
{
    [Fact]
    public void A_filed_under_list_of_one_link_an_item_gives_each_entry()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"article-filed\"><span>Filed under</span><ul><li><a href=\"/s/news\">Local News</a></li><li><a href=\"/s/ac\">Ashford County</a></li></ul></div></body></html>");
        Assert.Equal(["Local News", "Ashford County"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_list_of_headlines_with_dates_is_no_link_list()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><ul id=\"l\"><li><a href=\"/a\">Council meets</a> <span>Sept. 3, 2013</span></li><li><a href=\"/b\">Fair opens</a></li></ul></body></html>");
        Assert.Null(LinkList.Items(document.GetElementById("l")!));
    }

    [Fact]
    public void A_topics_list_whose_items_keep_the_rows_commas_gives_each_entry()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"topics\"><span>Topics</span><ul><li><a href=\"/news/ferries/\">Ferries</a>, </li><li><a href=\"/news/harbour-board/\">Harbour Board</a>, </li><li><a href=\"/news/fares/\">Fares</a> </li></ul></div></body></html>");
        Assert.Equal(["Ferries", "Harbour Board", "Fares"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void An_item_with_words_after_its_link_and_comma_is_no_link_list_entry()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><ul id=\"l\"><li><a href=\"/a\">Council meets</a>, Sept. 3</li><li><a href=\"/b\">Fair opens</a>, </li></ul></body></html>");
        Assert.Null(LinkList.Items(document.GetElementById("l")!));
    }
}
