using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StationCoHolderTests
{
    [Theory]
    [InlineData("WorldNow and KSNQ", "KSNQ")]
    [InlineData("WorldNow and WKRV-TV", "WKRV-TV")]
    public void The_station_after_the_hosting_vendor_is_the_holder(string holder, string station) => Assert.Equal(station, StationCoHolder.CallSignOf(holder));

    [Theory]
    [InlineData("Smith and Jones")]
    [InlineData("Ledger and Company")]
    [InlineData("WorldNow and KSNQ12")]
    [InlineData("KSNQ")]
    public void Other_holders_are_left_alone(string holder) => Assert.Null(StationCoHolder.CallSignOf(holder));

    [Fact]
    public void A_vendor_and_station_footer_names_the_station()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Homeowners say roofer took deposits, never came back

            Posted: Thursday, September 26, 2013 6:05 PM CDT

            At least seven homeowners say a roofing contractor took their deposits and never came back to do the work.

            Police said the department has taken four reports and no charges have been filed.

            Copyright 2013 KSNQ. All rights reserved.

            All content © Copyright 2000 - 2013 WorldNow and KSNQ. All Rights Reserved.
            """), "page.txt");

        Assert.Equal("KSNQ", page.Site);
    }
}
