using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClosingLeadInLinkListTests
{
    [Fact]
    public void A_lead_in_line_ending_in_a_colon_over_a_list_of_links_closing_the_text_goes_with_its_list()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><p>The ferry will run again in spring, the council said.</p>"
            + "<p><strong>Enjoyed this? Read on:</strong></p>"
            + "<ul><li><strong><a href='/a'>The harbour's oldest crane</a></strong></li><li><a href='/b'>A year of late buses</a></li></ul>"
            + "<div class='clear'></div></article></body></html>");
        var root = document.QuerySelector("article")!;

        ClosingLeadInLinkList.Remove(root);

        Assert.Equal("The ferry will run again in spring, the council said.", root.TextContent);
    }

    [Fact]
    public void A_list_of_points_or_a_list_the_text_goes_on_after_stays()
    {
        using var points = new HtmlParser().ParseDocument(
            "<html><body><article><p>Text.</p><p>The plan has three parts:</p>"
            + "<ul><li>A new <a href='/q'>quay</a> by 2016</li><li>Two more <a href='/f'>ferries</a></li></ul></article></body></html>");
        var pointsRoot = points.QuerySelector("article")!;
        ClosingLeadInLinkList.Remove(pointsRoot);
        Assert.Equal(2, pointsRoot.QuerySelectorAll("li").Length);
        Assert.Contains("The plan has three parts:", pointsRoot.TextContent, StringComparison.Ordinal);

        using var goesOn = new HtmlParser().ParseDocument(
            "<html><body><article><p>Text.</p><p>See:</p><ul><li><a href='/a'>One</a></li><li><a href='/b'>Two</a></li></ul>"
            + "<p>The vote is on Tuesday.</p></article></body></html>");
        var goesOnRoot = goesOn.QuerySelector("article")!;
        ClosingLeadInLinkList.Remove(goesOnRoot);
        Assert.Equal(2, goesOnRoot.QuerySelectorAll("li").Length);
    }

    [Fact]
    public void A_closing_link_list_under_a_paragraph_that_is_no_lead_in_stays()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><p>The council met on Monday.</p>"
            + "<ul><li><a href='/a'>Minutes</a></li><li><a href='/b'>Agenda</a></li></ul></article></body></html>");
        var root = document.QuerySelector("article")!;

        ClosingLeadInLinkList.Remove(root);

        Assert.Equal(2, root.QuerySelectorAll("li").Length);
    }
}
