using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkedHeadingTagLabelTests
{
    [Fact]
    public void A_tag_row_headed_by_a_linked_tags_heading_outranks_the_hidden_keywords_property()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Five ferry trends for next year - Harbour Post</title></head><body>
            <article itemscope itemtype="http://schema.org/Article">
            <meta itemprop="keywords" content="Ferries, B&amp;amp;amp;B, Ports">
            <h1 itemprop="headline">Five ferry trends for next year</h1>
            <div class="article-main-body" itemprop="articleBody">
            <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
            <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
            <footer><div class="row tags"> <h2><a href="/tags/">Tags</a></h2> <a href="/topics/ferries/">Ferries</a> <a href="/tags/b-b/">B&amp;B</a> <a href="/tags/ports/">Ports</a> </div></footer>
            </div></article></body></html>
            """), "ferry.html");

        Assert.Equal(["Ferries", "B&B", "Ports"], page.Tags);
    }
}
