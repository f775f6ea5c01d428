using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A masthead's name over the day at the top of the page reads like a bare byline over a date; a headline-like line
/// right over a signed "By …" byline further down is still the headline, not a caption under that masthead
/// (<c>TextArticleReader.HeadlineAboveByline</c>).
/// </summary>
public class MastheadNameOverSignedHeadlineTests
{
    [Fact]
    public void The_line_over_the_signed_byline_is_the_headline()
    {
        var page = string.Join('\n',
            "Corliss Falls 61° Partly cloudy Log in | Sign up | Subscribe",
            "",
            "Corliss Valley Courier",
            "Tuesday, September 24, 2013",
            "",
            "Transportation",
            "",
            "State approves $4.2 million for Route 11 bridge over Tanner Creek",
            "",
            "By Derek Mahler, Staff Writer",
            "Posted: Tuesday, September 24, 2013 5:30 pm",
            "",
            "The state Department of Transportation will pay $4.2 million to replace the Route 11 bridge over Tanner Creek, ending a long wait.",
            "",
            "The money was approved Tuesday as part of the department's list of 38 bridge projects for the next two years.");

        var split = PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.txt");

        Assert.Equal("State approves $4.2 million for Route 11 bridge over Tanner Creek", split.Title);
        Assert.Equal(["Derek Mahler"], split.Authors);
    }
}
