using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BareTimeLabelTests
{
    [Theory]
    [InlineData("Updated", true)]
    [InlineData("  Published:", true)]
    [InlineData("Aktualisiert", true)]
    [InlineData("Updated 5 hours ago", false)]
    [InlineData("Media Industry", false)]
    public void A_time_stamps_label_alone_is_a_bare_label(string line, bool isLabel) => Assert.Equal(isLabel, BareTimeLabel.Is(line));

    [Fact]
    public void The_section_over_a_bare_time_label_over_the_headline_is_no_site()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Discover Harbour Wire

            Directory of sitesLoginContactSupport
            Shipping Industry
            Updated

            Ferry operator orders three electric ships for the island routes

            By Tomas Wexler

            4 Min Read

            The operator said on Monday it had ordered three battery-powered ferries, the first of which should sail in 2026, and would retire its two oldest diesel ships once they arrive.

            The ships will be built at a yard in the north, the company said, and will carry up to 600 passengers and 80 cars each.

            Our Standards: The Harbour Wire Trust Principles.

              • Apps
              • Newsletters
              • Terms of Use
              • Privacy

            © 0 Harbour Wire. All Rights Reserved.
            """), "ferries.txt");

        Assert.Equal("Ferry operator orders three electric ships for the island routes", page.Title);
        Assert.Equal("Harbour Wire", page.Site);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
