using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NeighbourPostHeadlineTests
{
    [Fact]
    public void The_headline_under_a_next_or_previous_post_label_is_no_paragraph_even_when_it_reads_as_a_sentence()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>川辺町、新しい渡し船を来春から運航 － 川辺ジャーナル</title></head><body>
            <div id="maincol">
            <h1>川辺町、新しい渡し船を来春から運航</h1>
            <div class="pubdate">2019年4月4日</div><br>
            <p>川辺町は来年の春から新しい渡し船を走らせると発表しました。一日に十二往復し、町の住民と学生が乗ることができます。</p>
            <p>町長は火曜日の会議で、運賃は路線バスと同じにすると述べました。学生は無料で、高齢者にも割引があります。</p>
            <br>
            <em>≫次の記事</em><br><a href="/blog/19/bus.html">川辺町の路線バスが新ダイヤに。町長「朝の便を増やして通学を楽にしたい」</a><br><br>
            <em>≪前の記事</em><br><a href="/blog/19/bridge.html">「川辺大橋」の補修工事がついに完了。通行止めは三月末で解除、週末には記念行事も</a>
            <p><br></p>
            </div></body></html>
            """), "ferry.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("町長は火曜日の会議で", page.BodyParagraphs[^1]);
    }

    [Theory]
    [InlineData("≫次の記事", true)]
    [InlineData("≪前の記事", true)]
    [InlineData("Next article »", true)]
    [InlineData("次の記事では運賃の詳細を紹介します。", false)]
    public void Labels(string line, bool expected) => Assert.Equal(expected, NeighbourPostHeadline.IsLabel(line));
}
