using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Labelled date lines over the headline and the writer's byline under it (<c>TextArticleReader.IsHeadlineUnderDateLines</c>).</summary>
public class HeadlineUnderDateLinesTests
{
    private const string Text = """
        GEORGE TOWN: Ferry passengers crossing the Penang channel will pay 50 sen more from Oct 15, the first fare increase in 11 years.

        Adult fares for the Butterworth-George Town crossing will go up from RM1.20 to RM1.70, said the ferry operator.

        The ferry service carries about 18,000 passengers and 3,000 vehicles a day.
        """;

    [Fact]
    public void The_line_over_the_byline_is_the_headline_not_the_masthead_over_the_dates()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            The Straits Herald
            Malaysia's Independent English Daily

            Home | Nation | World | Business | Sport

            Nation

            Published: Friday September 27, 2013 MYT 12:00:00 AM
            Updated: Friday September 27, 2013 MYT 8:14:22 AM

            Penang ferry fares to go up by 50 sen next month

            BY LIM SIEW PENG

            {Text}
            """), "page.txt");

        Assert.Equal("Penang ferry fares to go up by 50 sen next month", page.Title);
        Assert.Equal(["LIM SIEW PENG"], page.Authors);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_deck_under_a_byline_still_gives_way_to_the_headline_over_the_byline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            The Straits Herald

            Penang ferry fares to go up by 50 sen next month

            By Lim Siew Peng
            September 27, 2013

            Operator cites fuel costs and an ageing fleet.

            {Text}
            """), "page.txt");

        Assert.Equal("Penang ferry fares to go up by 50 sen next month", page.Title);
    }
}
