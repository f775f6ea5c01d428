using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class IdeographicWordsTests
{
    [Theory]
    [InlineData("河边镇新渡轮码头下月开通", 4, 5)]
    [InlineData("渡轮", 4, 1)]
    [InlineData("町の新しい渡し船が来月就航", 4, 5)]
    [InlineData("首页，新闻", 4, 2)]
    [InlineData("Riverside ferry opens", 4, 3)]
    [InlineData("河边镇 2019 新渡轮", 9, 5)]
    public void A_run_of_han_or_kana_counts_a_word_for_every_two_characters(string text, int limit, int expected) =>
        Assert.Equal(expected, IdeographicWords.CountUpTo(text, limit));

    [Fact]
    public void A_count_past_the_limit_stops_at_one_more() =>
        Assert.Equal(5, IdeographicWords.CountUpTo("河边镇新渡轮码头下月正式开通运营", 4));

    [Theory]
    [InlineData("首页 | 新闻 | 体育 | 财经", "河边镇新渡轮码头下月正式开通")]
    [InlineData("ホーム > ニュース > 地域", "川辺町の新しい渡し船、来月から運航開始へ")]
    public void A_chinese_or_japanese_headline_under_the_menu_of_a_text_page_is_the_title(string menu, string headline)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            {menu}

            {headline}

            河边镇政府昨日宣布，新建的渡轮码头将于下月正式投入使用，每天往返对岸十二班。

            镇长在发布会上表示，新码头将大大缩短居民往返两岸的时间。

            预计每年客流量可达五十万人次。
            """), "story.txt");

        Assert.Equal(headline, page.Title);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
