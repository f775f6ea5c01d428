using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TimestampBlockTests
{
    private static IReadOnlyList<string> BodyOf(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Rents rise again - Money Desk</title></head><body>
        <h1>Rents rise again</h1>
        <div id="storytext">
        <p>Rents in the city rose for the ninth month in a row in March, the housing office said on Monday in its report.</p>
        <p>The rise was sharpest in the harbour district, where new flats have drawn buyers from across the region, it said.</p>
        {{box}}
        </div></body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void The_templates_timestamp_box_under_the_text_is_no_paragraph()
    {
        var body = BodyOf("""<div class="storytimestamp"> <span class="source"> MoneyDesk (Chicago) </span> <span class="datestamp">First published March 7, 2016: 9:14 AM ET</span> </div>""");

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_box_named_timestamp_without_a_date_stays()
    {
        var body = BodyOf("""<div class="timestamp-note">Figures are the housing office's, not seasonally adjusted.</div>""");

        Assert.Equal(3, body.Count);
    }
}
