using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleWordKeywordsTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour Cranes Return To The Old Quay</title>
        <meta name="keywords" content="{{keywords}}">
        <meta property="og:title" content="Harbour Cranes Return To The Old Quay"><meta property="og:site_name" content="Bay Courier"></head><body>
        <article class="entry"><h1 class="title">Harbour Cranes Return To The Old Quay</h1>
        <span class="byline">Marta Olsen</span>
        <div class="content" id="mainentrycontent">
        <p>The two cranes that stood on the old quay for forty years were lifted back onto their rails on Tuesday after a year in the yard.</p>
        <p>The port authority said the cranes would load timber again from the spring, and that the quay would stay open to walkers at weekends.</p>
        </div>
        <footer><div class="follow bottom-tags"><h2>More:</h2><span class="group">
        <span class="entrytag"><a href="/news/port-authority/">Port Authority</a></span>
        <span class="entrytag"><a href="/news/old-quay/">Old Quay</a></span>
        </span></div></footer>
        </article></body></html>
        """), "cranes.html");

    [Fact]
    public void A_keywords_meta_that_splits_the_headline_gives_way_to_the_shown_tags()
    {
        Assert.Equal(["Port Authority", "Old Quay"], Parse("harbour, cranes, return, to, the, old, quay, business").Tags);
    }

    [Fact]
    public void A_keywords_meta_of_names_keeps_its_tags()
    {
        Assert.Equal(["Harbour Cranes", "Old Quay"], Parse("Harbour Cranes, Old Quay").Tags);
        Assert.Equal(["quay", "cranes", "harbour", "timber"], Parse("quay, cranes, harbour, timber").Tags);
    }
}
