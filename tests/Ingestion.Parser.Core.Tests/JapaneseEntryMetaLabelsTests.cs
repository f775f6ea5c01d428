using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JapaneseEntryMetaLabelsTests
{
    private static ParsedPage Parse(string entryMeta) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>川辺町、新しい渡し船を来春から運航 － 川辺ジャーナル</title></head><body>
        <div id="maincol">
        <h1>川辺町、新しい渡し船を来春から運航</h1>
        <div class="pubdate">2019年4月4日</div><br>
        <p>川辺町は来年の春から新しい渡し船を走らせると発表しました。一日に十二往復し、町の住民と学生が乗ることができます。</p>
        <p>町長は火曜日の会議で、運賃は路線バスと同じにすると述べました。学生は無料で、高齢者にも割引があります。</p>
        {{entryMeta}}
        </div></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("<ul><li>カテゴリ <a href=\"/local/\">地域 / 交通</a></li><li>タグ <a href=\"/s?tag=1\">渡し船</a>, <a href=\"/s?tag=2\">川辺町</a></li></ul>")]
    [InlineData("<p>カテゴリー：<a href=\"/local/\">地域</a></p><p>タグ：<a href=\"/s?tag=1\">渡し船</a>、<a href=\"/s?tag=2\">川辺町</a></p>")]
    public void The_category_and_tag_rows_under_the_text_are_no_paragraphs(string entryMeta)
    {
        var page = Parse(entryMeta);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("町長は火曜日の会議で", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_sentence_that_merely_opens_with_the_word_stays()
    {
        var page = Parse("<p>タグボートが渡し船を港まで引いていく様子は、町の子どもたちにも人気があります。</p>");
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
