using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A comment form's heading closing the text over an empty comment mount is no paragraph (TrailingCommentFormHeading).</summary>
public class TrailingCommentFormHeadingTests
{
    private static ParsedPage Parse(string heading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour wall gives way | Harbour Gazette</title></head><body>
        <div class="article"><article><h1>Harbour wall gives way after storm</h1>
        <div class="author">By <span>Mara Quell</span></div>
        <div class="content"><p>The old harbour wall at the north quay gave way during the night after the storm surge rose higher than forecast.</p>
        <p>Residents said the water reached the doors of the fish market before dawn, and council crews closed the road.</p>
        <p>The council said repairs would start next week once engineers had surveyed the damage.</p></div>
        <h2 class="add-your"><span class="show">{{heading}}</span></h2>
        <div id="comments-wrapper"><div id="comments"></div></div>
        </article></div></body></html>
        """), "harbour-wall.html");

    [Theory]
    [InlineData("Add a comment")]
    [InlineData("Leave a Reply")]
    public void Form_heading_is_no_paragraph(string heading)
    {
        var body = Parse(heading).BodyParagraphs;
        Assert.Equal(3, body.Count);
        Assert.StartsWith("The council said", body[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_sentence_inviting_comments_stays()
    {
        Assert.Equal(["a", "Leave a comment below and tell us what you think of the new wall."],
            TrailingCommentFormHeading.Without(["a", "Leave a comment below and tell us what you think of the new wall."]));
    }
}
