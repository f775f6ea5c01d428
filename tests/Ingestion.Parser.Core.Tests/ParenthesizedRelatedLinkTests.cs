using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A labelled link to another story, set in parentheses between the paragraphs, is no paragraph.</summary>
public class ParenthesizedRelatedLinkTests
{
    private static ParsedPage Parse(string middle) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Ferry Pier Closes for Repairs - Harbour Daily</title></head>
        <body><div class="post"><h1>Ferry Pier Closes for Repairs</h1>
        <div class="entry">
        <p>The old ferry pier developed a long crack near its end after the storm on Tuesday, prompting officials to close it to the public indefinitely.</p>
        {middle}
        <p>A diving crew found the crack during a second inspection of the pier on Tuesday, and engineers are still looking at the damage today.</p>
        </div></div></body></html>
        """), "pier.html", "text/html");

    [Theory]
    [InlineData("""<p>(<strong>MORE:  </strong><a href="/2011/08/23/harbour-flood-posts/">'Wet Feet': 13 Best Posts About the Harbour Flood</a>)</p>""")]
    [InlineData("""<p>(<strong>READ MORE: </strong><a href="/2011/08/23/harbour-flood-posts/">Thirteen Best Posts About the Harbour Flood</a>)</p>""")]
    [InlineData("""<p>(Read our explainer: <a href="/2011/08/23/pier-history/">Why the Old Pier Matters (and Who Owns It)</a>)</p>""")]
    public void A_link_line_in_parentheses_is_no_paragraph(string middle)
    {
        var page = Parse(middle);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("A diving crew", page.BodyParagraphs[^1]);
    }

    [Theory]
    [InlineData("<p>(The pier was built in 1911.) More: the council will meet again on Friday.</p>", true)]
    [InlineData("<p>(Related to the storm, the bus depot also lost power for six hours on Tuesday night.)</p>", true)]
    public void A_parenthetical_of_the_text_stays_unless_it_is_the_link_line(string middle, bool kept)
    {
        var page = Parse(middle);
        Assert.Equal(kept ? 3 : 2, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("(MORE: Thirteen Best Posts About the Harbour Flood)", true)]
    [InlineData("(Read more: Harbour ferry back in service (after the storm))", true)]
    [InlineData("(MORE) the harbour (Flood)", false)]
    [InlineData("(The pier was built in 1911.)", false)]
    [InlineData("MORE: Thirteen Best Posts About the Harbour Flood", false)]
    public void Only_one_pair_around_a_link_line_counts(string line, bool isLink) =>
        Assert.Equal(isLink, ParenthesizedRelatedLink.Is(line));
}
