using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DatelineTests
{
    [Theory]
    [InlineData("WASHINGTON — The Senate voted on Tuesday to keep the government open.")]
    [InlineData("HARLAN, Ind. (WXNB) -- Crews worked through the night to restore power.")]
    [InlineData("Hong Kong (GNN) -- Thousands of students boycotted classes across Hong Kong on Tuesday.")]
    [InlineData("BAYOU LARUE – Thirty-one shrimp boats tied up along the canal on Monday.")]
    [InlineData("ST. JOHN'S, N.L. - The province will close two ferry routes.")]
    public void A_place_in_capitals_or_before_its_agency_then_a_dash_opens_a_dated_story(string paragraph) =>
        Assert.True(Dateline.Opens(paragraph));

    [Theory]
    [InlineData("(CNN) – For eleven years I rode the same commuter train.")]
    [InlineData("The mayor said on Tuesday — after three hours of debate — that the plan would go ahead.")]
    [InlineData("In 2012 - the year the plant closed - the town lost 400 jobs.")]
    [InlineData("NOTE - this story was corrected on Friday.")]
    public void Other_openings_are_no_dateline(string paragraph) => Assert.False(Dateline.Opens(paragraph));

    [Fact]
    public void A_sentence_between_the_headline_and_the_dateline_is_the_pictures_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Students boycott classes over Hong Kong election plan

            By Ana Ruiz, GNN
            Updated 0915 GMT (1715 HKT) April 8, 2014

            Students gather at the Chinese University of Hong Kong on April 8, 2014.

            Hong Kong (GNN) -- Thousands of students boycotted classes across Hong Kong on Tuesday, the first day of a week-long protest.

            Organizers said more than 12,000 students from 24 colleges took part, and a rally was planned for the evening.
            """), "page.txt");

        Assert.Equal(["Students gather at the Chinese University of Hong Kong on April 8, 2014."], page.Captions);
        Assert.StartsWith("Hong Kong (GNN) --", page.BodyParagraphs[0]);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void An_editors_note_over_the_dateline_stays_in_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Why I stopped taking the train

            By Tobias Renfield

            Editor's note: Tobias Renfield is a high school physics teacher in Trenton, New Jersey.

            TRENTON, N.J. (WNN) – For eleven years I rode the same commuter train with the same people every morning.

            Then the schedule changed, and so did I.
            """), "page.txt");

        Assert.StartsWith("Editor's note:", page.BodyParagraphs[0]);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_line_over_a_bare_credit_under_the_date_is_the_caption_not_a_standfirst()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Muni's new fare gates snag riders with paper transfers
            Ramona Tisch
            Updated 10:42 pm, Tuesday, September 17, 2013
            Image 1 of 2
            Riders line up at the station agent's booth at Powell Street Station, where the new gates do not accept paper transfers.
            Photo: Isabel Kwan, The Chronicle
            SAN FRANCISCO -- The shiny new fare gates at four downtown Muni Metro stations were supposed to end years of fare evasion.
            The gates, installed over the summer at four stations, read Clipper cards and the magnetic tickets sold in stations.
            """), "page.txt");

        Assert.Contains("Riders line up at the station agent's booth at Powell Street Station, where the new gates do not accept paper transfers.", page.Captions);
        Assert.StartsWith("SAN FRANCISCO --", page.BodyParagraphs[0]);
    }

    [Fact]
    public void An_alt_text_over_a_full_stop_caption_over_the_dateline_is_no_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Farmer pulled from grain bin after two-hour rescue

            By Kelsey Aronson - email

            Rescue crews at the Voss farm near Claremont
            Rescue crews at the Voss farm near Claremont on Tuesday afternoon.

            CLAREMONT, MN (KMRN) - A Dodge County farmer is recovering in a Rochester hospital after being trapped for two hours.

            His son found him about 20 minutes later and called 911.
            """), "page.txt");

        Assert.Equal(["Rescue crews at the Voss farm near Claremont on Tuesday afternoon."], page.Captions);
        Assert.StartsWith("CLAREMONT, MN", page.BodyParagraphs[0]);
    }
}
