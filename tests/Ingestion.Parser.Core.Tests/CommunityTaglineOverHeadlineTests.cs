using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A member blog's tagline over the headline is no headline above it, so the headline's deck stays a deck.</summary>
public class CommunityTaglineOverHeadlineTests
{
    [Fact]
    public void The_headline_under_a_community_tagline_is_the_title_over_its_deck()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Big Blue Huddle
            A New York Giants community

            Giants fall to 0-4 as Chiefs cruise 31-7 at Arrowhead

            Kansas City pulls away after the break; Manning throws two more picks

            By Nick Barone  on Sep 29 2013, 7:52p EDT

            KANSAS CITY, Mo. — For a half, the Giants looked like a team that might finally have found something.

            Alex Smith threw for 288 yards and ran for a touchdown, and the Chiefs pulled away for a 31-7 win.
            """), "page.txt");

        Assert.Equal("Giants fall to 0-4 as Chiefs cruise 31-7 at Arrowhead", page.Title);
    }

    [Fact]
    public void A_station_masthead_with_its_town_over_the_headline_is_no_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            KLBX 11 News - Lubbock, Texas

            City council approves red-light cameras at 12 intersections

            Posted: Sep 26, 2013 5:42 PM CDT

            By Tasha Greer, Reporter

            LUBBOCK, TX (KLBX) - Drivers who run red lights at a dozen of the city's busiest intersections will soon get a ticket in the mail.

            The Lubbock City Council voted 5-2 Thursday to sign a three-year contract with an Arizona company.

            Copyright 2013 KLBX. All rights reserved.
            """), "page.txt");

        Assert.Equal("City council approves red-light cameras at 12 intersections", page.Title);
    }
}
