using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A wire feed's hyphen-joined slug over its notice under a syndicated story is no paragraph of it (WireSlugLine).</summary>
public class WireSlugLineTests
{
    [Fact]
    public void The_slug_over_the_wires_notice_leaves_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <!doctype html><html><head><meta charset="utf-8"><title>Ferry fares rise in five states | Channel 9 News</title></head>
            <body><article><h1>Ferry fares rise in five states</h1><p class="byline">By Mara Quill</p>
            <div class="entry-content"><p>Ferry fares will rise in five coastal states from Monday, operators said on Tuesday, the first increase in a decade.</p>
            <p>The operators blamed fuel prices and the cost of repairing piers damaged in last winter's storms along the coast.</p>
            <p>Passenger groups said they would ask state regulators to review the increases before the summer season begins.</p>
            <p>The-Harbour-Wire<br>™ &amp; © 2013 Harbour News Network, Inc. All rights reserved.</p></div></article></body></html>
            """), "fares.html", "text/html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Passenger groups", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_slug_over_the_wires_notice_leaves_a_text_dumps_body_too()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Ferry fares rise in five states

            By Mara Quill

            Ferry fares will rise in five coastal states from Monday, operators said on Tuesday, the first increase in a decade.

            The operators blamed fuel prices and the cost of repairing piers damaged in last winter's storms along the coast.

            Passenger groups said they would ask state regulators to review the increases before the summer season begins.

            The-Harbour-Wire

            ™ & © 2013 Harbour News Network, Inc. All rights reserved.
            """), "fares.txt");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Passenger groups", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The-CNN-Wire", true)]
    [InlineData("Harbour-News-Service", true)]
    [InlineData("Follow-Up", false)]
    [InlineData("The CNN Wire", false)]
    [InlineData("pay-as-you-go", false)]
    [InlineData("State-By-State-2013", false)]
    public void A_slug_is_one_word_of_three_capitalised_parts(string line, bool expected) =>
        Assert.Equal(expected, WireSlugLine.IsSlug(line));
}
