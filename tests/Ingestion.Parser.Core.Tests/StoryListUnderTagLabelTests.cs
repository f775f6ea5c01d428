using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A tags label over a list of story headlines in title case lists no tags; the keywords meta stays the tags.</summary>
public class StoryListUnderTagLabelTests
{
    private static ParsedPage Parse(string items) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Five Lessons From the Ferry Pier - Harbour Weekly</title>
        <meta name="keywords" content="ferry, harbour, pier repairs" />
        <meta name="description" content="A harbour master discusses the port's plan for keeping ferries, tugboats, and water taxis running all winter, relying on volunteer crews for much of the evening schedule" /></head>
        <body><div id="article_body"><h1>Five Lessons From the Ferry Pier</h1>
        <h2>A harbour master discusses the port's plan for keeping ferries, tugboats, and water taxis running all winter, relying on volunteer crews for much of the evening schedule</h2>
        <p class="author">By <a href="/bios/mara-quill.html" rel="author">Mara Quill</a></p>
        <div class="right inset"><div id="related_items" class="module"><h4>Related Items</h4><ul>
        {items}
        </ul></div></div>
        <p>The old ferry pier developed a long crack near its end after the storm on Tuesday, prompting officials to close it to the public indefinitely.</p>
        <p>A diving crew found the crack during a second inspection of the pier on Tuesday, and engineers are still looking at the damage today.</p>
        </div></body></html>
        """), "pier.html", "text/html");

    [Fact]
    public void Title_case_headlines_under_the_label_are_no_tags()
    {
        var page = Parse("""
            <li><a href="/2011/09/27/terminal.html">What to Expect at the New Ferry Pier</a></li>
            <li><a href="/2011/09/27/captain.html">Ex-Navy Captain Invests in Tugboats, Ferry Deals</a></li>
            <li><a href="/2011/09/27/tides.html">Increase Your Harbour's Capacity With Floating Docks</a></li>
            <li><a href="/2011/09/26/ireland.html">Ferries Go to the Islands, but Will They Bring Good Jobs?</a></li>
            <li><a href="/2011/09/26/pier.html">Pier Journal: Life's Tides</a></li>
            """);
        Assert.Equal(["ferry", "harbour", "pier repairs"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void Short_topic_names_under_the_label_stay_tags()
    {
        var page = Parse("""
            <li><a href="/tag/ferries/">Ferries</a></li>
            <li><a href="/tag/harbour-commission/">Harbour Commission</a></li>
            """);
        Assert.Equal(["Ferries", "Harbour Commission"], page.Tags);
    }

    [Theory]
    [InlineData("What to Expect at the Harbour's New Ferry Terminal", true)]
    [InlineData("Lake Tamsin drawdown begins", true)]
    [InlineData("Patient Protection and Affordable Care Act", false)]
    [InlineData("Ridgefield Valley Water District", false)]
    public void Seven_title_case_words_make_a_headline(string line, bool isHeadline) =>
        Assert.Equal(isHeadline, TagLineParser.IsStoryHeadline(line));
}
