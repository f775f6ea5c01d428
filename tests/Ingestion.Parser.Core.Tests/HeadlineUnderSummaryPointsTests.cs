using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The line right over the byline, closing the run of summary points with no blank line between, is the headline when
/// no headline stands over the label (TextArticleReader.IsHeadlineUnderSummaryPoints).
/// </summary>
public class HeadlineUnderSummaryPointsTests
{
    private const string Text = """
        Washington (WNN) -- House Republicans on Friday night passed a short-term spending bill that would keep the government open through mid-December.
        The vote sends the fight back to the Senate, where Democrats have said they will strip the health law provision and return the bill.
        """;

    [Fact]
    public void Points_set_before_the_story_header_leave_the_line_over_the_byline_the_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            WNN.com
            Sponsored: The best cash back card of 2013
            Story highlights
            House passes spending bill that strips money from health care law
            Vote was 231-192; two Democrats joined Republicans
            Senate expected to restore the money and send the bill back
            House passes bill to defund health law, averting nothing
            By Nathan Petrakis and Colleen Hardesty, WNN
            updated 10:47 PM EDT, Fri September 27, 2013
            {Text}
            """), "page.txt");

        Assert.Equal("House passes bill to defund health law, averting nothing", page.Title);
    }

    [Fact]
    public void Under_a_headline_the_points_stay_points()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            WNN.com
            House passes bill to defund health law, averting nothing
            Story highlights
            House passes spending bill that strips money from health care law
            Vote was 231-192; two Democrats joined Republicans
            Senate expected to restore the money and send the bill back
            By Nathan Petrakis and Colleen Hardesty, WNN
            updated 10:47 PM EDT, Fri September 27, 2013
            {Text}
            """), "page.txt");

        Assert.Equal("House passes bill to defund health law, averting nothing", page.Title);
    }
}
