using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SmallPrintUnderPictureTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>川辺の町に新しい渡し船 - 川辺ニュース</title></head>
        <body><div id="tmplNews"><div id="cmsTitle"><h1>川辺の町に新しい渡し船</h1></div>
        <div id="cmsBody"><div class="inner">
        <p>　川辺の町で来月から新しい渡し船が一日十二便、対岸の桟橋との間を行き来することになりました。</p>
        {box}
        <p>　町長は火曜日の会議で、運賃はバスと同じで、学生は無料で乗れると話しました。</p>
        </div></div></div></body></html>
        """), "ferry.html", "text/html");

    [Fact]
    public void Small_print_closing_a_picture_box_is_its_caption()
    {
        var page = Parse("""
            <div id="col600c"><a name="l_ferry01.jpg"></a><a href="/l/ferry01.jpg"><img src="/ferry01.jpg" alt="渡し船"></a>
            <small>町の桟橋に着いた新しい渡し船（左）</small></div>
            """);
        Assert.Equal(["町の桟橋に着いた新しい渡し船（左）"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void Small_print_with_a_link_is_not_read_so() =>
        Assert.DoesNotContain("町の桟橋に着いた新しい渡し船 写真一覧", Parse("""
            <div id="col600c"><a href="/l/ferry01.jpg"><img src="/ferry01.jpg" alt="渡し船"></a>
            <small>町の桟橋に着いた新しい渡し船 <a href="/gallery">写真一覧</a></small></div>
            """).Captions);
}
