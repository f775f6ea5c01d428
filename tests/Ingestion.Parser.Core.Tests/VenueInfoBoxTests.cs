using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class VenueInfoBoxTests
{
    private static readonly PageLines Review = new(TextLine.Split(
        "Desserts are few; the cardamom kulfi is the one to get.\n\nSAFFRON TABLE\nAddress: 4410 Orchard Plaza Drive, Lakemont\nPhone: 555-0176\n"
        + "Hours: 11 a.m.-2:30 p.m. and 5-9:30 p.m. Tuesday-Sunday; closed Monday\nPrices: Appetizers $4-$9, entrees $12-$19\nRating: 3½ stars\n\nTopics: Restaurant Reviews"));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void The_place_name_and_its_service_rows_are_the_box(int index) => Assert.True(VenueInfoBox.Is(Review, index));

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void The_text_over_the_box_and_the_tags_under_it_are_not(int index) => Assert.False(VenueInfoBox.Is(Review, index));

    [Fact]
    public void A_rating_box_under_the_headline_is_no_headline()
    {
        const string page = "Salt & Ember brings wood-fired confidence to Lower Canal Street\nSeptember 24, 2013\n\nRating: 3 stars\nPrice: $$\n"
            + "Address: 418 Canal St., Brightwater; 555-0190\nHours: Tuesday-Sunday, 5-10 p.m.\n\n"
            + "The first thing you notice at Salt & Ember is the heat. The open hearth runs almost the length of the back wall.\n\n"
            + "The second thing you notice is that the kitchen knows exactly what to do with that fire.\n";
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "snapshot.txt");
        Assert.Equal("Salt & Ember brings wood-fired confidence to Lower Canal Street", parsed.Title);
    }

    [Fact]
    public void One_or_two_labelled_lines_in_the_text_are_no_box()
    {
        var lines = new PageLines(TextLine.Split(
            "THE SHOW\nTickets: $12 at the door\nWhere: Lakemont Civic Theater, 200 Main St.\n\nThe cast rehearsed for nine weeks, mostly in a church basement."));

        Assert.False(VenueInfoBox.Is(lines, 0));
        Assert.False(VenueInfoBox.Is(lines, 1));
        Assert.False(VenueInfoBox.Is(lines, 2));
        Assert.False(VenueInfoBox.Is(lines, 4));
    }
}
