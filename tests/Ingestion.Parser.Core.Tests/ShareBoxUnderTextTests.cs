using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShareBoxUnderTextTests
{
    [Fact]
    public void A_sharebox_asking_the_reader_to_like_the_site_is_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>川辺の町に新しい渡し船 - 川辺ニュース</title></head>
            <body><div id="tmplNews"><div id="cmsTitle"><h1>川辺の町に新しい渡し船</h1></div>
            <div id="cmsBody"><div class="inner">
            <p>　川辺の町で来月から新しい渡し船が一日十二便、対岸の桟橋との間を行き来することになりました。</p>
            <p>　町長は火曜日の会議で、運賃はバスと同じで、学生は無料で乗れると話しました。</p>
            <div id="snsSharebox" class="snsSharebox"><div class="sharebox"><div class="sharebox_btn">
            <p>この記事が気に入ったら<br>川辺ニュース に「いいね！」しよう</p></div></div></div>
            </div></div></div></body></html>
            """), "ferry.html", "text/html");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
