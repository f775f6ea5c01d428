using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A subscription prompt and its pitch closing the story's region (<c>TextArticleReader.IsLastLineOfBox</c>).</summary>
public class SubscriptionBoxPitchTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        The Chugach Courier

        Coast Guard rescues four from sinking crabber near Kodiak

        By Marit Engebretsen
        September 26, 2013 - 5:48 pm AKDT

        KODIAK -- Four crew members were hoisted from the deck of a sinking crab boat in 14-foot seas southwest of Kodiak Island on Thursday.

        The four men were flown to Kodiak and were in good condition, the Coast Guard said.

        {box}

        About Us | Contact Us | Advertise | Terms of Use | Privacy Policy
        Copyright © 2013 The Chugach Courier, Anchorage, Alaska. All rights reserved.
        """), "page.txt");

    [Fact]
    public void The_pitch_right_under_the_prompt_is_no_body()
    {
        var page = Parse("Subscribe to the Courier\nGet home delivery for as little as $3.50 a week.");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Get home delivery", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_set_apart_from_the_prompt_by_a_blank_line_stays_text()
    {
        var page = Parse("Subscribe to the Courier\n\nThe Coast Guard said the boat's fuel would be pumped off on Friday.");

        Assert.Contains("The Coast Guard said the boat's fuel would be pumped off on Friday.", page.BodyParagraphs);
    }
}
