using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A figure's alt text and caption of the same words, printed one over the other inside the text, are the caption once (AltTextTwinCaption).</summary>
public class AltTextTwinCaptionTests
{
    private static ParsedPage Parse(string twin, int copies = 2, string between = "\n\n") => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        The harbour ferry is back for the summer

           By Lena Hansen - 3 March 2015

           The harbour's ferry came back on Monday after a winter in the yard, and the first crossing was full by seven.

        Back on the water

        {{string.Join(between, Enumerable.Repeat("   " + twin, copies))}}

           Its captain said the engine had been rebuilt and the deck painted, and that the timetable would stay as it was.

           Fares rise by ten cents from June, the council said, the first rise in six years of service to the island.
        """), "ferry.txt");

    [Fact]
    public void The_same_words_printed_twice_inside_the_text_are_the_caption_once()
    {
        var page = Parse("The view from the top of the old pier");
        Assert.Equal(["The view from the top of the old pier"], page.Captions);
        Assert.DoesNotContain("The view from the top of the old pier", page.BodyParagraphs);
        Assert.Contains("Back on the water", page.BodyParagraphs);
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_sentence_printed_twice_is_left_to_the_other_rules()
    {
        var page = Parse("The ferry carried 212 people on its first day.");
        Assert.DoesNotContain("The ferry carried 212 people on its first day.", page.Captions);
    }

    [Fact]
    public void A_line_printed_three_times_is_no_alt_text_and_caption()
    {
        var page = Parse("The view from the top of the old pier", copies: 3);
        Assert.DoesNotContain("The view from the top of the old pier", page.Captions);
    }

    [Fact]
    public void A_headline_printed_twice_on_adjacent_lines_is_a_teasers_not_a_figures()
    {
        var page = Parse("Seven summer walks along the old harbour wall", between: "\n");
        Assert.DoesNotContain("Seven summer walks along the old harbour wall", page.Captions);
    }
}
