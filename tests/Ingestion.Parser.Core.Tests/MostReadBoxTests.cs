using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MostReadBoxTests
{
    [Theory]
    [InlineData("most-read-container module most-shared")]
    [InlineData("module most_viewed")]
    [InlineData("rail mostPopular")]
    [InlineData("widget-mostread")]
    public void A_class_that_joins_most_to_a_ranking_names_such_a_list(string names) =>
        Assert.True(MostReadBox.NamesRanking(names));

    [Theory]
    [InlineData("almost-ready")]
    [InlineData("most-recent")]
    [InlineData("article-body")]
    [InlineData("")]
    public void Other_classes_do_not(string names) =>
        Assert.False(MostReadBox.NamesRanking(names));

    [Fact]
    public void A_most_read_list_between_two_paragraphs_is_no_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry fares rise in spring - The Sound Gazette</title></head><body>
            <h1>Ferry fares rise in spring</h1><div class="article-content entry-content">
            <p>Ferry riders will pay more from April, the state transport board decided on Thursday after a long public hearing.</p>
            <div class="most-read-container module embed-container"><h2>Most Read Business Stories</h2><ul>
            <li><a href="/business/harbor-rents">Harbor rents climb for the third year in a row</a></li>
            <li><a href="/business/mill-closes">Old paper mill closes its doors after a century</a></li>
            <li><a href="/business/port-jobs">Port adds two hundred jobs on the north docks</a></li>
            </ul></div>
            <p>The board said the money would pay for two new boats and for repairs to the older docks on the islands.</p>
            </div></body></html>
            """), "page.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Most Read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_so_named_that_is_mostly_text_stays()
    {
        using var document = new HtmlParser().ParseDocument("""
            <div class="most-read-quote"><p>“We read every letter,” the board's chair said, “and most of them asked for cheaper fares for commuters.”</p><a href="/q">Source</a></div>
            """);

        Assert.False(MostReadBox.Is(document.QuerySelector("div")!));
    }
}
