using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TabPartedBoxTests
{
    private static List<TextLine> Removed(string page) => TabPartedBox.Remove(TextLine.Split(page));

    [Fact]
    public void A_listing_box_with_its_heading_is_the_box()
    {
        var lines = Removed("The house sold in 94 days.\n\nTHE LISTING\nAddress:\t1140 Aspen Ridge Road\nPrice:\t$1,250,000\nLot:\t5.2 acres\n\nComments (3)");

        Assert.Equal("The house sold in 94 days.", lines[0].Text);
        Assert.All(lines.Skip(2).Take(4), line => Assert.True(line.IsBlank));
        Assert.Equal("Comments (3)", lines[^1].Text);
    }

    [Fact]
    public void A_forecast_table_and_a_service_box_with_its_button_are_boxes()
    {
        var forecast = Removed("7-Day Forecast\nDay\tHigh\tLow\tConditions\nTonight\t\t52\tStorms, some severe\nSunday\t64\t44\tClearing, windy");
        var service = Removed("Service Information\nVisitation:\tFriday, 4-7 p.m.\nFuneral Mass:\tSaturday, 10 a.m.\nInterment:\tSt. Catherine's Cemetery\nSend Flowers");

        Assert.All(forecast, line => Assert.True(line.IsBlank));
        Assert.All(service, line => Assert.True(line.IsBlank));
    }

    [Fact]
    public void Prose_or_two_tab_rows_are_no_box()
    {
        var prose = Removed("Storms are expected tonight.\nThe front moves east on Sunday.\nTemperatures fall 25 degrees.");
        var twoRows = Removed("Price:\t$1,250,000\nLot:\t5.2 acres\nThe agent said it would sell fast, as the last three on the ridge did.");

        Assert.All(prose, line => Assert.False(line.IsBlank));
        Assert.All(twoRows, line => Assert.False(line.IsBlank));
    }

    [Fact]
    public void A_table_heading_naming_its_figures_and_day_heads_the_box()
    {
        var lines = Removed("Secondary rail car market, shuttle trains, bid/offer per car, Sept. 25\nMonth\tBid\tOffer\nOctober\t$2,850\t$3,100\nNovember\t$1,900\t$2,150\nSource: TradeWest Brokerage");

        Assert.All(lines, line => Assert.True(line.IsBlank));
    }

    [Fact]
    public void A_paragraph_longer_than_a_heading_over_rows_keeps_the_block()
    {
        var lines = Removed("Brokers quoted these prices for shuttle trains on Wednesday, the highest premiums since the fall of 2007.\nOctober\t$2,850\t$3,100\nNovember\t$1,900\t$2,150\nDecember\t$700\t$900");

        Assert.All(lines, line => Assert.False(line.IsBlank));
    }
}
