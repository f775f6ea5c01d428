using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KanaSiteNoticeTests
{
    [Fact]
    public void The_sites_notices_closing_a_japanese_story_are_no_paragraphs()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html lang="ja"><head><meta charset="utf-8"><title>川辺町に新しい渡し船</title></head><body>
            <article><h1>川辺町に新しい渡し船</h1>
            <div class="post-bodycopy">
            <p>川辺町は来年の春から新しい渡し船を走らせると発表した。一日に十二往復し、町の住民と学生が乗ることができる。</p>
            <p>町長は火曜日の会議で、運賃は路線バスと同じにすると述べた。学生は無料で、高齢者にも割引がある。</p>
            </div>
            <ul class="supplement">
            <li>記事の誤りにお気づきの方は<a href="/typo/1"><b>こちら</b></a>からご連絡ください。</li>
            <li>川辺ニュース編集部への情報提供は<a href="/mail">こちらから</a></li>
            <li>記事内の筆者の意見は川辺ニュースを代表するものではありません。</li>
            </ul>
            </article></body></html>
            """), "ferry.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("町長は火曜日の会議で、運賃は路線バスと同じにすると述べた。")]
    [InlineData("川辺町は来年の春から新しい渡し船を走らせると発表した。一日に十二往復し、町の住民と学生が乗ることができる。町長は運賃についての質問はこちらからご連絡くださいと話し、学生と高齢者の割引についても説明した。")]
    public void A_line_of_text_or_a_long_paragraph_is_no_notice(string line) => Assert.False(KanaSiteNotice.Is(line));
}
