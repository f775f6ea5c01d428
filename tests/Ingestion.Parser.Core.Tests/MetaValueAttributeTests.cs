using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MetaValueAttributeTests
{
    private static ParsedPage Parse(string head) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
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
        var page = Parse("""
            <meta value="2019-04-13T09:00:00+09:00" name="article:published_time">
            <meta value="川辺ニュース" name="og:site_name">
            """);
        Assert.Equal("2019-04-13T09:00:00+09:00", page.PublishedAt);
        Assert.Equal("川辺ニュース", page.Site);
    }

    [Fact]
    public void Content_wins_over_value_when_a_meta_has_both()
    {
        var page = Parse("""<meta name="article:published_time" content="2019-04-13T09:00:00+09:00" value="2001-01-01T00:00:00+00:00">""");
        Assert.Equal("2019-04-13T09:00:00+09:00", page.PublishedAt);
    }
}
