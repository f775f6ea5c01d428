using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Dana Whitlock writes:" opening a comment, the writer's words quoted under it: the comment's first paragraph, no comment of its own (QuotedPosterLine, WritesQuoteLabel).</summary>
public class WritesQuoteLabelTests
{
    private static ParsedPage Parse(string opening) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "<html><head><title>Ferry fares</title></head><body><article><h1>Harbour board explains the ferry fare trial</h1>"
        + "<p>The harbour board has explained why it charged some riders a different fare for a week, after complaints from commuters.</p>"
        + "<p>The trial, the board said, was meant to learn whether cheaper evening crossings would fill the late boats.</p></article>"
        + "<div id=\"comments\"><h3>Readers' comments</h3><ul>"
        + "<li><h6>quaywalker wrote on March 4, 2015 at 9:12 PM:</h6><div class=\"post\"><p>" + opening + "</p><p>\"the late boats would fill before winter\"</p><p>They never did, and nobody asked us.</p></div></li>"
        + "<li><h6>tidewatcher wrote on March 5, 2015 at 7:40 AM:</h6><div class=\"post\"><p>Cheaper fares would bring me back to the ferry.</p></div></li>"
        + "</ul></div></body></html>"), "fares.html", "text/html");

    [Fact]
    public void A_quoted_writer_under_a_timed_header_opens_the_comment()
    {
        var page = Parse("Dana Whitlock writes:");
        Assert.Equal(["quaywalker", "tidewatcher"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("Dana Whitlock writes:", page.Comments[0].Paragraphs[0]);
    }

    [Fact]
    public void Only_a_short_writes_label_is_one()
    {
        Assert.True(QuotedPosterLine.IsWritesLabelAlone("Dana Whitlock writes:"));
        Assert.False(QuotedPosterLine.IsWritesLabelAlone("Dana Whitlock writes: the boats were full"));
        Assert.False(QuotedPosterLine.IsWritesLabelAlone("Dana Whitlock wrote it"));
    }
}
