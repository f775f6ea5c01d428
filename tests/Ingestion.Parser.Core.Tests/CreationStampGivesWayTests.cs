using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreationStampGivesWayTests
{
    private static ParsedPage Parse(string jsonLdDates, string shownTime) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour strike enters second week</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour strike enters second week", {{jsonLdDates}}}</script>
        </head><body>
        <main itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Harbour strike enters second week</h1>
        <p class="byline">By Rosalind Achebe</p>{{shownTime}}
        <article itemprop="articleBody"><p>Dock workers stayed off the quays for an eighth day on Tuesday, and two grain ships turned back to sea.</p>
        <p>The union said talks with the port authority would resume on Thursday, though neither side expects a deal this week.</p></article>
        </main></body></html>
        """), "page.html");

    private const string Shown = """<time itemprop="datePublished" datetime="2019-03-12T09:40+0000">12 March 2019 • 9:40am</time>""";

    [Fact]
    public void A_creation_stamp_gives_way_to_the_publish_time_the_page_marks()
    {
        Assert.Equal("2019-03-12T09:40:00+00:00", Parse("\"dateCreated\": \"2019-03-13T07:02:51Z\"", Shown).PublishedAt);
    }

    [Fact]
    public void A_creation_stamp_alone_is_still_the_time()
    {
        Assert.Equal("2019-03-13T07:02:51+00:00", Parse("\"dateCreated\": \"2019-03-13T07:02:51Z\"", "").PublishedAt);
    }

    [Fact]
    public void The_json_ld_publish_time_keeps_its_rank()
    {
        Assert.Equal("2019-03-12T08:00:00+00:00", Parse("\"datePublished\": \"2019-03-12T08:00:00Z\", \"dateCreated\": \"2019-03-13T07:02:51Z\"", Shown).PublishedAt);
    }
}
