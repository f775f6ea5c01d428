using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadingPermalinkMarkTests
{
    private static ParsedPage Parse(string mark) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Building the harbour tide tables without a server · Tidewright</title></head><body>
        <article><h1>Building the harbour tide tables without a server</h1><div itemprop="articleBody">
        <p>The tide tables used to come from a small server in the harbour office, and this post explains why that changed.</p>
        <h2 id="reading-the-gauge">Reading the gauge {mark}</h2>
        <p>The gauge writes one line a minute, and a script on the laptop now turns those lines into the week's table.</p>
        </div></article></body></html>
        """), "post.html");

    [Theory]
    [InlineData("<a href=\"#reading-the-gauge\" class=\"bookmark\">#</a>")]
    [InlineData("<a class=\"headerlink\" href=\"#reading-the-gauge\" title=\"Permalink\">¶</a>")]
    public void A_crossheads_link_to_itself_is_no_word_of_it(string mark)
    {
        var page = Parse(mark);

        Assert.Contains("Reading the gauge", page.BodyParagraphs);
    }

    [Fact]
    public void A_link_in_a_heading_with_words_stays()
    {
        var page = Parse("<a href=\"#gauge-notes\">notes</a>");

        Assert.Contains("Reading the gauge notes", page.BodyParagraphs);
    }
}
