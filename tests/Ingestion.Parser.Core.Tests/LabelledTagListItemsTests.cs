using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledTagListItemsTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><meta charset="utf-8"><title>川辺町に新しい渡し船 - 川辺ニュース</title>
        <meta name="keywords" content="渡し船,運賃,川辺町"></head><body>
        <h1>川辺町に新しい渡し船</h1>
        <div class="article_body">
        <p>川辺町は来年の春から新しい渡し船を走らせると発表した。一日に十二往復し、町の住民と学生が乗ることができる。</p>
        <p>町長は火曜日の会議で、運賃は路線バスと同じにすると述べた。学生は無料で、高齢者にも割引がある。</p>
        </div>
        {{row}}
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_list_whose_first_item_is_the_tag_label_gives_one_tag_a_link_over_the_keywords()
    {
        var page = Parse("""
            <div class="leaf-item-inner"><ul class="item-word">
            <li>タグ</li>
            <li><a href="/series/kawabe/">川辺町だより</a></li>
            <li><a href="/tag/boat/">渡し船</a></li>
            <li><a href="/tag/fare/">運賃</a></li>
            <li><a href="/tag/kawabe/">川辺町</a></li>
            </ul></div>
            """);
        Assert.Equal(["川辺町だより", "渡し船", "運賃", "川辺町"], page.Tags);
    }

    [Fact]
    public void A_list_under_another_label_is_the_sites_list_and_no_tags()
    {
        var page = Parse("""
            <div class="leaf-item-inner"><ul class="item-word">
            <li>人気キーワード</li>
            <li><a href="/paper/boat/">経営</a></li>
            <li><a href="/paper/security/">セキュリティ</a></li>
            </ul></div>
            """);
        Assert.Equal(["渡し船", "運賃", "川辺町"], page.Tags);
    }
}
