using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HanziRelatedTopicsHeadingTests
{
    private const string Page = """
        <html><head><meta charset="utf-8"><title>渡轮周四恢复运营 - 示例新闻</title>
        <meta name="keywords" content="港口, 渡轮, 码头, 船长, 夏季, 交通" />
        </head><body><div id="page-container" class="page-zh page-int-nav">
        <h1>渡轮周四恢复运营</h1>
        <div class="story-body">
        <p>停运一个冬天的渡轮周四重新开进港口，数百名居民来到码头观看第一班船靠岸。</p>
        <p>船长说首航一切顺利，从下周起渡轮每小时开一班，一直运营到秋天。</p>
        </div>
        <div class="list related-topics">
        <h2 class="title">相关新闻话题</h2>
        <div class="content"><ul><li class="primary-topic"><a href="/zh/topics/harbour" class="topic">港口</a></li></ul></div>
        </div>
        </div></body></html>
        """;

    [Fact]
    public void A_related_topics_heading_over_topic_links_gives_the_tags_over_the_keywords()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(["港口"], page.Tags);
    }

    [Fact]
    public void A_hot_topics_heading_is_the_sites_box_and_leaves_the_keywords()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("相关新闻话题", "热门话题")), "ferry.html");
        Assert.Equal(["港口", "渡轮", "码头", "船长", "夏季", "交通"], page.Tags);
    }

    [Theory]
    [InlineData("相关新闻话题", true)]
    [InlineData("相關話題", true)]
    [InlineData("热门话题", false)]
    [InlineData("相关新闻", false)]
    [InlineData("相关 Topics 话题", false)]
    [InlineData("相关的新闻与评论及更多话题", false)]
    public void Only_a_short_related_topics_heading_counts(string heading, bool counts) =>
        Assert.Equal(counts, HanziRelatedTopicsHeading.Is(heading));
}
