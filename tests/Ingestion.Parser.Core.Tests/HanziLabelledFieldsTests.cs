using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HanziLabelledFieldsTests
{
    private static ParsedPage Parse(string line) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        河边镇新渡轮码头下月正式开通

        {line}

        河边镇政府昨日宣布，新建的渡轮码头将于下月正式投入使用，每天往返对岸十二班。

        镇长在发布会上表示，新码头将大大缩短居民往返两岸的时间。
        """), "story.txt");

    [Theory]
    [InlineData("2019-06-12 09:30  来源：河边日报  作者：周小川")]
    [InlineData("2019-06-12 09:30　作者：周小川　来源：河边日报")]
    [InlineData("2019-06-12 09:30 作者：周小川")]
    public void The_writers_label_among_the_fields_after_the_date_names_the_writer(string line)
    {
        var page = Parse(line);

        Assert.Equal(["周小川"], page.Authors);
        Assert.Equal("2019-06-12T09:30:00", page.PublishedAt);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_writers_label_alone_under_the_headline_is_the_byline()
    {
        var page = Parse("记者：周小川 林海");

        Assert.Equal(["周小川", "林海"], page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void An_editors_label_after_the_date_names_no_writer()
    {
        var page = Parse("2019-06-12 09:30  编辑：周小川");

        Assert.Empty(page.Authors);
        Assert.Equal("2019-06-12T09:30:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("2019-06-12 09:30", -1)]
    [InlineData("来源：河边日报", -1)]
    [InlineData("2019-06-12 09:30 来源：河边日报 作者：周小川", 25)]
    [InlineData("2019-06-12 09:30 河边：周小川", -1)]
    public void Only_a_known_label_after_a_space_starts_a_field(string segment, int start) =>
        Assert.Equal(start, HanziLabelledFields.LastFieldStart(segment));

    [Fact]
    public void A_japanese_dateline_place_label_after_the_date_leaves_the_date_read()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>川辺町に新しい渡し船　地域ニュース：川辺新報</title></head>
            <body><article><header><h1>川辺町に新しい渡し船</h1>
            <div><span class="day">2019年6月12日 09:30　<span class="location">発信地：川辺/日本
            [ <a href="/area/japan">日本</a> <a href="/area/asia">アジア</a> ]</span></span></div></header>
            <div class="article-body">
            <p>【6月12日 川辺】川辺町は12日、新しい渡し船の運航を来月から始めると発表した。町民の通勤や通学が便利になる。</p>
            <p>　町長は記者会見で「対岸までの時間が半分になる」と述べ、運賃はバスと同じにすると説明した。</p>
            </div></article></body></html>
            """), "ferry.html");

        Assert.Equal("2019-06-12T09:30:00", page.PublishedAt);
    }
}
