using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureParagraphCreditTests
{
    private static ParsedPage Parse(string picture) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Bus use rose in the year | Example Daily</title></head><body>
        <article><h1>Bus use rose in the year</h1>
        <p>Bus use in the region rose for the third year running, the transit office said on Monday in its yearly report.</p>
        <p>Rides on the harbour lines grew most. The office now counts twice as many rides there as it did in 2015, it said.</p>
        {{picture}}
        <p>The office said the new night routes drew riders from the suburbs, where the last trains leave before midnight.</p>
        <p>It plans to add two more routes next spring if the city council approves the money for the buses in March.</p>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void A_credit_under_the_picture_in_its_own_paragraph_is_the_caption_and_the_paragraph_above_stays_text()
    {
        var page = Parse("""<p><img src="https://example.org/chart.png" alt="chart"><br><em>(Credit: Dana Ruiz / Example Daily)</em></p>""");

        Assert.Equal(["(Credit: Dana Ruiz / Example Daily)"], page.Captions);
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("Rides on the harbour lines", page.BodyParagraphs[1]);
    }

    [Fact]
    public void Two_pictures_with_the_same_credit_give_it_twice()
    {
        var page = Parse("""<p><img src="a.png"><br><em>(Credit: Dana Ruiz / Example Daily)</em></p><p>The office said night rides doubled over the year, mostly on the harbour lines.</p><p><img src="b.png"><br><em>(Credit: Dana Ruiz / Example Daily)</em></p>""");

        Assert.Equal(["(Credit: Dana Ruiz / Example Daily)", "(Credit: Dana Ruiz / Example Daily)"], page.Captions);
    }

    [Fact]
    public void The_credit_is_taken_from_the_paragraph_with_its_line_break()
    {
        using var document = new HtmlParser().ParseDocument("""<html><body><p><a href="big.png"><img src="chart.png"></a> <br> <em>Photo: Dana Ruiz</em></p></body></html>""");

        Assert.Equal("Photo: Dana Ruiz", PictureParagraphCredit.Take(document.QuerySelector("img")!));
        Assert.Equal(string.Empty, document.QuerySelector("p")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("""<p><img src="chart.png"><br>The office said the chart shows rides by line since 2015, with the harbour lines on top.</p>""")]
    [InlineData("""<p>See the chart: <img src="chart.png"><br><em>(Credit: Dana Ruiz)</em></p>""")]
    [InlineData("""<p><img src="chart.png"><em>(Credit: Dana Ruiz)</em></p>""")]
    [InlineData("""<p><img src="a.png"><br><em>(Credit: Dana Ruiz)</em><br><img src="b.png"></p>""")]
    public void A_paragraph_not_opening_with_the_picture_and_a_line_break_before_a_credit_is_left_alone(string paragraph)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + paragraph + "</body></html>");

        Assert.Null(PictureParagraphCredit.Take(document.QuerySelector("img")!));
    }
}
