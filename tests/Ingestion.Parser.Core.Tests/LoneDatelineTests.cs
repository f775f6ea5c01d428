using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LoneDatelineTests
{
    [Theory]
    [InlineData("GARRISON, IA (KQTV) -")]
    [InlineData("WASHINGTON --")]
    [InlineData("Hong Kong (GNN) —")]
    [InlineData("HARLAN, Ind. (WXNB) – ")]
    public void A_place_and_a_closing_dash_is_a_dateline_alone(string line) =>
        Assert.True(LoneDateline.IsAlone(line));

    [Theory]
    [InlineData("GARRISON, IA (KQTV) - Fire crews spent the afternoon there.")]
    [InlineData("WILKES-")]
    [InlineData("Storage barn fire destroys hay -")]
    [InlineData("Share this story -")]
    [InlineData("The council voted 5-2 on Thursday night to close the old library --")]
    public void Prose_a_hyphen_or_a_headline_is_no_dateline_alone(string line) =>
        Assert.False(LoneDateline.IsAlone(line));

    [Fact]
    public void The_paragraph_under_it_must_be_prose()
    {
        Assert.True(LoneDateline.OpensParagraph("Fire crews from four departments spent most of Thursday afternoon at the farm."));
        Assert.False(LoneDateline.OpensParagraph("Reply"));
    }

    [Fact]
    public void A_dateline_alone_under_the_caption_opens_the_text()
    {
        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Local News

            Storage barn fire destroys hay, equipment near Garrison

            Posted: Sep 26, 2013 5:42 PM CDT Updated: Sep 26, 2013 7:15 PM CDT

            By Kelsey Dunmore - email

            Smoke rises from a storage barn north of Garrison on Thursday afternoon. (Source: KQTV viewer Doug Ritter)

            GARRISON, IA (KQTV) -

            Fire crews from four departments spent most of Thursday afternoon fighting a fire that destroyed a storage barn.

            No one was hurt. Crews from Vinton, Shellsburg and Urbana helped, and a tanker brought water from Garrison.
            """), "snapshot.txt");

        Assert.Equal("GARRISON, IA (KQTV) -", parsed.BodyParagraphs[0]);
        Assert.DoesNotContain("GARRISON, IA (KQTV) -", parsed.Captions);
    }
}
