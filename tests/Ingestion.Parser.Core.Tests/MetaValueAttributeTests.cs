using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MetaValueAttributeTests
{
    private static ParsedPage Parse(string attribute) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Ferry fares to rise in spring - Harbor Gazette</title>
        <meta name="news_keywords" {{attribute}}="Ferries, Harbor Commission, Fares">
        <meta name="DC.date.issued" {{attribute}}="2016-11-03">
        <meta {{attribute}}="Harbor Gazette" name="og:site_name">
        </head><body>
        <h1>Ferry fares to rise in spring</h1>
        <p>The harbor commission voted on Tuesday to raise ferry fares by fifty cents from April, the first rise in six years.</p>
        <p>Commuters who buy a monthly pass will pay four dollars more, the commission said in a statement after the vote.</p>
        </body></html>
        """), "page.html");

    [Fact]
    public void A_meta_whose_content_was_saved_as_value_still_gives_tags_date_and_site()
    {
        var page = Parse("value");

        Assert.Equal(["Ferries", "Harbor Commission", "Fares"], page.Tags);
        Assert.Equal("2016-11-03", page.PublishedAt);
        Assert.Equal("Harbor Gazette", page.Site);
    }

    [Fact]
    public void The_value_reads_as_content_would()
    {
        var saved = Parse("value");
        var served = Parse("content");

        Assert.Equal(served.Tags, saved.Tags);
        Assert.Equal(served.PublishedAt, saved.PublishedAt);
        Assert.Equal(served.Site, saved.Site);
    }

    private static ParsedPage ParseJapanese(string head) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><meta charset="utf-8"><title>川辺町に新しい渡し船 - 川辺ニュース</title>
        {{head}}
        </head><body><h1>川辺町に新しい渡し船</h1>
        <div class="article-body">
        <p>川辺町は来年の春から新しい渡し船を走らせると発表した。一日に十二往復し、町の住民と学生が乗ることができる。</p>
        <p>町長は火曜日の会議で、運賃は路線バスと同じにすると述べた。学生は無料で、高齢者にも割引がある。</p>
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_meta_saved_with_its_content_in_value_gives_the_time_and_site()
    {
        var page = ParseJapanese("""
            <meta value="2019-04-13T09:00:00+09:00" name="article:published_time">
            <meta value="川辺ニュース" name="og:site_name">
            """);
        Assert.Equal("2019-04-13T09:00:00+09:00", page.PublishedAt);
        Assert.Equal("川辺ニュース", page.Site);
    }

    [Fact]
    public void Content_wins_over_value_when_a_meta_has_both()
    {
        var page = ParseJapanese("""<meta name="article:published_time" content="2019-04-13T09:00:00+09:00" value="2001-01-01T00:00:00+00:00">""");
        Assert.Equal("2019-04-13T09:00:00+09:00", page.PublishedAt);
    }
}
