using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CapitalsLabelMugshotCaptionTests
{
    [Theory]
    [InlineData("JAILED: Lee Barton")]
    [InlineData("IN COURT: Sarah-Jane O'Neill")]
    [InlineData("CHARGED: Daniel Price")]
    public void A_capitals_label_over_a_name_is_a_mugshot_caption(string line) =>
        Assert.True(CapitalsLabelMugshotCaption.Is(line));

    [Theory]
    [InlineData("UPDATE: Police have named the man")]
    [InlineData("VIDEO: Lee Barton")]
    [InlineData("WATCH: Full Interview")]
    [InlineData("Jailed: Lee Barton")]
    [InlineData("JAILED: the man who robbed her")]
    [InlineData("JAILED: Lee Barton.")]
    [InlineData("A MAN who forced his way into an 84-year-old woman's home has been jailed.")]
    public void A_note_label_a_sentence_or_prose_is_left_alone(string line) =>
        Assert.False(CapitalsLabelMugshotCaption.Is(line));

    [Fact]
    public void The_line_under_the_byline_is_a_caption_and_no_paragraph()
    {
        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Northfield Evening Star

            Man jailed for attacking pensioner in her own home

            5:00pm Friday 27th September 2013 in News
            By Gemma Ashcroft, Court Reporter

            JAILED: Lee Barton

            A MAN who forced his way into an 84-year-old woman's home and pushed her to the floor before stealing her handbag has been jailed for four years.

            Lee Barton, 31, of Cavendish Road, Bayhurst, knocked on the widow's door in Linden Close, Northfield, on the evening of July 14.
            """), "snapshot.txt");

        Assert.Equal(["JAILED: Lee Barton"], parsed.Captions);
        Assert.DoesNotContain("JAILED: Lee Barton", parsed.BodyParagraphs);
    }
}
