using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Another story's blurb, cut off mid-sentence over its link to read on, is no start of the text (CutTeaserOverReadOnLink).</summary>
public class CutTeaserOverReadOnLinkTests
{
    private static ParsedPage Parse(string blurb, string link) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        Hauptmenü

             * Rubriken
                  + Wissenschaft
                  + Bildung
                Gesellschaft

        "Harbours are the past"
                {blurb}
                {link}
                Menü schließen

           Startseite

        The ferry crews who keep the island connected through the winter storms

           Von:
           Dana Whitcomb

           18. Okt 2023

           The ferry crews of the north pier have kept the crossing open through four storms this autumn, the harbour board said on Tuesday, and they expect more before the spring.

           The board wants a second boat for the winter months, which the council has refused twice.
        """), "ferry.lynx.txt");

    [Fact]
    public void A_blurb_cut_short_over_its_read_on_link_is_no_text_and_the_headline_under_it_is_the_title()
    {
        var page = Parse("A harbour visit has not been a carefree day out for years, and a growing number of voices ask whether...", "Mehr →");

        Assert.Equal("The ferry crews who keep the island connected through the winter storms", page.Title);
        Assert.Equal(["Dana Whitcomb"], page.Authors);
        Assert.StartsWith("The ferry crews of the north pier", page.BodyParagraphs[0]);
    }

    [Theory]
    [InlineData("A harbour visit has not been a carefree day out for years, and a growing number of voices ask why.", "Mehr →")]
    [InlineData("A harbour visit has not been a carefree day out for years, and a growing number of voices ask whether...", "Menü")]
    public void A_finished_sentence_or_a_blurb_with_no_read_on_link_is_not_taken_for_a_cut_teaser(string blurb, string link)
    {
        var lines = new PageLines(TextLine.Split($"{blurb}\n{link}\n"));

        Assert.False(CutTeaserOverReadOnLink.Is(lines, 0, lines.Count));
    }
}
