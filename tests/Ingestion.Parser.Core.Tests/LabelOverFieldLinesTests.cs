using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelOverFieldLinesTests
{
    private static ParsedPage Parse(string entries) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>5 Things the Harbour Crowd Said About the Night Ferry - Harbour Weekly</title></head><body>
        <article><h1>5 Things the Harbour Crowd Said About the Night Ferry</h1>
        <div class="blog_body">
        <p>The night ferry came back this week after two winters away, and the quay had opinions. Here is what we heard on the first crossing.</p>
        {entries}
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_short_label_over_an_entrys_labelled_lines_heads_that_entry()
    {
        var page = Parse("""
            <p><strong>From: Skipper</strong>
            <br /><strong>What she said:</strong> "We left four minutes late because the gulls would not move off the ramp."
            <br /><strong>What we said:</strong> "Fair enough."</p>
            <p><strong>From Aunt:</strong>
            <br /><strong>What she said:</strong> "Is there still a bar on board, or did they take that away too?"
            <br /><strong>What we said:</strong> "There is a kettle."</p>
            """);

        Assert.Equal(
            ["The night ferry came back this week after two winters away, and the quay had opinions. Here is what we heard on the first crossing.",
             "From: Skipper", "What she said: \"We left four minutes late because the gulls would not move off the ramp.\"", "What we said: \"Fair enough.\"",
             "From Aunt:", "What she said: \"Is there still a bar on board, or did they take that away too?\"", "What we said: \"There is a kettle.\""],
            page.BodyParagraphs);
    }

    [Fact]
    public void A_label_over_a_one_off_box_of_labelled_lines_stays_out()
    {
        var page = Parse("""
            <p>The crossing takes forty minutes in calm water and a little over an hour when the wind comes round to the east.</p>
            <p><strong>Details:</strong>
            <br /><strong>Departs:</strong> the old fish quay
            <br /><strong>Fares:</strong> four pounds, children free</p>
            """);

        Assert.DoesNotContain("Details:", page.BodyParagraphs);
    }

    [Fact]
    public void A_label_over_a_single_labelled_line_stays_out()
    {
        var page = Parse("""
            <p>What we said: the kettle is a start, and the crossing takes forty minutes in calm water.</p>
            <p><strong>Post by:</strong>
            <br /><strong>What we said:</strong> "We will be back on the first sailing next week, weather permitting."</p>
            <p>The harbour board meets again in March to decide on the winter timetable for the crossing.</p>
            """);

        Assert.DoesNotContain("Post by:", page.BodyParagraphs);
    }
}
