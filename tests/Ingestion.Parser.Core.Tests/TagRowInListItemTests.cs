using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagRowInListItemTests
{
    private static ParsedPage Parse(string entryMeta) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>川辺町、新しい渡し船を来春から運航 － 川辺ジャーナル</title></head><body>
        <nav><ul><li>Topics <a href="/news/">News</a>, <a href="/sport/">Sport</a></li></ul></nav>
        <div id="maincol">
        <h1>川辺町、新しい渡し船を来春から運航</h1>
        <div class="pubdate">2019年4月4日</div><br>
        <p>川辺町は来年の春から新しい渡し船を走らせると発表しました。一日に十二往復し、町の住民と学生が乗ることができます。</p>
        <p>町長は火曜日の会議で、運賃は路線バスと同じにすると述べました。学生は無料で、高齢者にも割引があります。</p>
        {{entryMeta}}
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_tag_label_as_a_list_items_own_text_heads_the_links_after_it()
    {
        var page = Parse("""
            <ul><li>カテゴリ <a href="/local/">地域 / 交通</a></li>
            <li>タグ <a href="/search.cgi?tag=ferry">渡し船</a>, <a href="/search.cgi?tag=kawabe">川辺町</a>, <a href="/search.cgi?tag=bus">路線バス</a></li></ul>
            """);
        Assert.Equal(["渡し船", "川辺町", "路線バス"], page.Tags);
    }

    [Fact]
    public void An_english_tags_label_in_a_list_item_counts_too()
    {
        var page = Parse("""<ul><li>Tags: <a href="/search?q=ferry">ferries</a>, <a href="/search?q=harbour">harbour</a></li></ul>""");
        Assert.Equal(["ferries", "harbour"], page.Tags);
    }

    [Fact]
    public void A_menu_item_labelled_topics_gives_no_tags()
    {
        var page = Parse("<p>川辺ジャーナルは川辺町の地域ニュースサイトです。</p>");
        Assert.Empty(page.Tags);
    }
}
