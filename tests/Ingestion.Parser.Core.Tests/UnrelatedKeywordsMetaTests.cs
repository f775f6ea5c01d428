using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnrelatedKeywordsMetaTests
{
    private const string SiteKeywords = "membership, conference, journal, newsletter, library, lectures, pilots, navigation, charts, boats, sailing, meetings";

    private static ParsedPage Parse(string keywords) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour Society :: Reading the Tides</title>
        <meta name="Keywords" content="{{keywords}}">
        <meta name="Description" content="Tide tables can mislead. Bea Okafor shows us how to read them at night."></head><body>
        <div id="main"><h1>Reading the Tides</h1>
        <div class="article-content"><div>
        <p>This piece is the second in a series on tide tables and how the masters of small craft read them before coming in at night.</p>
        <p>Masters still trust their own eyes over any table, and the next piece will explain why that remains wise in a fog.</p>
        </div></div></div>
        <div id="footer">Copyright 1994-2016 Harbour Society.</div></body></html>
        """), "tides.html");

    [Fact]
    public void A_long_site_list_sharing_no_word_with_headline_or_description_gives_no_tags() =>
        Assert.Empty(Parse(SiteKeywords).Tags);

    [Fact]
    public void A_list_naming_a_word_of_the_headline_stays_the_tags() =>
        Assert.Equal(12, Parse(SiteKeywords.Replace("boats", "tides", StringComparison.Ordinal)).Tags.Count);

    [Fact]
    public void A_short_list_is_not_asked() =>
        Assert.Equal(["lectures", "navigation", "charts"], Parse("lectures, navigation, charts").Tags);
}
