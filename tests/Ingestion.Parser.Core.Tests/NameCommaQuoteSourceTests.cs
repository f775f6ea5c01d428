using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NameCommaQuoteSourceTests
{
    private const string Source = "Tom Avery, presenter, speaking of the walkers on Radio Dale, 25 March 2019";

    private static ParsedPage Parse(string epigraph) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Ridge Path Reopens After Winter Landslip</title></head><body>
        <h1 class="title">Ridge Path Reopens After Winter Landslip</h1>
        <ul class="info"><li>12 April 2019</li><li>By <a href="/mara">Mara Quint</a></li></ul>
        <div class="content-article">
        <p>The ridge path above the reservoir reopened on Saturday, five months after a landslip closed it near the old quarry.</p>
        <p>Volunteers from the hiking club spent most of the winter weekends rebuilding the two footbridges by hand.</p>
        {epigraph}
        <p>The county council said it would pay for new signs at both ends of the path before the summer holidays begin.</p>
        <p>Walkers are asked to keep dogs on a lead while the sheep are brought down to the valley farms.</p>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void The_quotations_source_on_its_next_line_stays_in_the_text()
    {
        var page = Parse($"""<p><b><span><span class="pull">« Whoever walks up there in March takes the risk upon themselves. » <br /></span>{Source} </span></b></p>""");

        Assert.Contains(Source, page.BodyParagraphs);
        Assert.Equal(["Mara Quint"], page.Authors);
        Assert.Equal("2019-04-12", page.PublishedAt);
    }

    [Fact]
    public void A_name_comma_line_under_a_paragraph_that_only_ends_on_a_quotation_is_no_source()
    {
        var page = Parse($"""<p>The warden put it plainly on the radio: « Whoever walks up there in March takes the risk upon themselves. »<br />{Source}</p>""");

        Assert.DoesNotContain(Source, page.BodyParagraphs);
    }

    [Theory]
    [InlineData("Tom Avery, presenter, 25 March 2019", true)]
    [InlineData("Anne-Marie de Vries, walker, Upper Dale", true)]
    [InlineData("Later that week, the council voted", false)]
    [InlineData("Avery, 25 March 2019", false)]
    [InlineData("Tags: Upland Walks, reservoirs", false)]
    public void Reads_a_persons_name_before_the_first_comma(string line, bool expected) =>
        Assert.Equal(expected, NameCommaQuoteSource.Is(line));
}
