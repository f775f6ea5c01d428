using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HanziTailFurnitureTests
{
    private static readonly string[] Text =
    [
        "河边小镇的新渡轮将在明年春天开通，每天往返对岸十二次，票价与公交车相同，学生可以免费乘坐。",
        "居民们对这一消息表示欢迎，但也有人担心码头附近的停车问题，镇政府表示将增加停车位。",
    ];

    [Fact]
    public void A_recommendation_heading_over_short_lines_opens_the_tail() =>
        Assert.Equal(2, HanziTailFurniture.RecommendationStart([.. Text, "精彩视频推荐", "自动播放", "小镇渡轮试航，乘客怎么说？", "正在加载...", "【本网作品的相关权益归河边新闻网所有。未经授权，不得转载。】"]));

    [Fact]
    public void A_heading_with_a_long_paragraph_after_it_is_a_crosshead_of_the_text() =>
        Assert.Equal(4, HanziTailFurniture.RecommendationStart([.. Text, "相关阅读", Text[0]]));

    [Theory]
    [InlineData("【本网作品的相关权益归河边新闻网所有。未经授权，不得转载。】", true)]
    [InlineData("[版权声明：本文版权归河边新闻网所有]", true)]
    [InlineData("【河边小镇】新渡轮明年开通", false)]
    [InlineData("版权所有 河边新闻网", true)]
    [InlineData("河边新闻网 版权所有 © 2019", true)]
    [InlineData("河边新闻网提醒读者，所有渡轮票务信息以码头公告为准，版权所有的照片请勿转载使用。", false)]
    public void A_bracketed_line_on_rights_or_reposting_or_a_short_all_rights_reserved_line_is_the_rights_notice(string line, bool notice) =>
        Assert.Equal(notice, HanziTailFurniture.IsRightsNotice(line));

    [Fact]
    public void A_japanese_related_stories_heading_over_short_lines_opens_the_tail() =>
        Assert.Equal(2, HanziTailFurniture.RecommendationStart([.. Text, "関連記事", "川辺町の渡し船、試験運航を開始", "町長が新航路を発表"]));

    [Fact]
    public void The_footers_all_rights_reserved_line_under_a_text_page_leaves_the_body_with_the_editors_line_above_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            河边镇新渡轮码头下月正式开通

            2019-06-12 09:30  来源：河边日报

            {Text[0]}

            {Text[1]}

            责任编辑：周小川

            版权所有 河边日报
            """), "story.txt");

        Assert.Equal(Text, page.BodyParagraphs);
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void The_block_and_the_notice_leave_the_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><meta charset="utf-8"><title>河边小镇的新渡轮明年开通_本地_河边新闻网</title></head>
            <body><h1>河边小镇的新渡轮明年开通</h1>
            <div id="content">
            <p>　　{{Text[0]}}</p>
            <p>　　{{Text[1]}}</p>
            <p>　　镇长在周二的会议上说，渡轮的时刻表将在下个月公布。</p>
            <p><strong>精彩视频推荐</strong></p>
            <div class="player"><h2><a href="/v/1">小镇渡轮试航，乘客怎么说？</a></h2><span>自动播放</span><table><tr><td>正在加载...</td></tr></table></div>
            <p><strong>【本网作品的相关权益归河边新闻网所有。未经授权，不得转载。】</strong></p>
            </div></body></html>
            """), "ferry.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("镇长在周二的会议上说", page.BodyParagraphs[^1]);
    }
}
