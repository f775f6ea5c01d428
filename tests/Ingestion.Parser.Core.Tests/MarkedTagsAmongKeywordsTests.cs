using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MarkedTagsAmongKeywordsTests
{
    private static ParsedPage Parse(string marked) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Island crossings | Harbour Watch</title>
        <meta name="keywords" content="harbour, ferries, tides, shipping, port fees, dredging"></head><body>
        <div class="main"><h1>Island crossings</h1>
        <ul class="tags"><li><span>Topic</span></li><li><a href="/search/?topic=9" rel="tag">{{marked}}</a></li></ul>
        <div class="text"><p>The island ferries have carried passengers and freight across the sound for more than a century now.</p>
        <p>Harbour Watch follows the timetables, the fares and the boats themselves, and asks who pays when a crossing is cut.</p>
        </div></div></body></html>
        """), "ferries.html");

    [Fact]
    public void One_marked_link_naming_a_keyword_is_the_tag_list() => Assert.Equal(["Ferries"], Parse("Ferries").Tags);

    [Fact]
    public void A_marked_link_naming_another_word_leaves_the_keywords() =>
        Assert.Equal(["harbour", "ferries", "tides", "shipping", "port fees", "dredging"], Parse("Island Life").Tags);
}
