using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColonLeadInElementTests
{
    private static IReadOnlyList<string> BodyOf(string text) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour ferry options | Harbour Board</title></head><body>
        <article><h1>Harbour ferry options</h1>
        <div class="field-body">
        <p>The board has weighed three ways of running the crossing after the old ferry's licence ends next spring, and sets them out here.</p>
        {{text}}
        <p>The board will decide between the options at its meeting in June, after hearing from the ferry's regular passengers.</p>
        </div></article></body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void A_crosshead_of_two_words_ending_in_a_colon_over_a_paragraph_stays_in_the_text()
    {
        var body = BodyOf("""
            <h4>Option one, a new operator:</h4>
            <p>A new operator would take over the crossing on the same timetable and charge the same fares as today.</p>
            <h4>Option two:</h4>
            <p>The board would run the ferry itself, hiring the present crew and buying a second boat within three years.</p>
            """);

        var at = body.ToList().IndexOf("Option two:");
        Assert.True(at > 0);
        Assert.StartsWith("The board would run the ferry itself", body[at + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_word_lead_in_over_a_list_under_another_list_stays_in_the_text()
    {
        var body = BodyOf("""
            <p>Benefits:</p>
            <ul><li>the timetable stays as it is for the ferry's regular passengers</li><li>the crew keep their jobs on the crossing</li></ul>
            <p>Costs:</p>
            <ul><li>the board takes on the risk of a breakdown in the winter</li><li>a second boat must be bought within three years</li></ul>
            """);

        var at = body.ToList().IndexOf("Costs:");
        Assert.True(at > 0);
        Assert.Equal("the board takes on the risk of a breakdown in the winter", body[at + 1]);
    }

    [Fact]
    public void A_label_set_as_a_paragraph_over_a_paragraph_stays_out()
    {
        var body = BodyOf("""
            <p>Story Source:</p>
            <p>Materials provided by the Harbour Board, written for the ferry's passengers and edited for style and length.</p>
            """);

        Assert.DoesNotContain("Story Source:", body);
    }

    [Fact]
    public void A_furniture_label_set_as_a_heading_stays_out()
    {
        var body = BodyOf("""
            <h4>Share this story:</h4>
            <ul><li><a href="https://social.example/share">Share on a social network</a></li><li><a href="mailto:">Send it by e-mail to a friend</a></li></ul>
            """);

        Assert.DoesNotContain("Share this story:", body);
    }
}
