using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoNamedTitleTailTests
{
    private static ParsedPage Parse(string logoAlt) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>川辺町に新しい渡し船　写真1枚　地域ニュース：River Shimpo</title></head>
        <body><nav><a href="/?from=nav" id="nav-logo"><img src="/logo.svg" alt="{{logoAlt}}"></a></nav>
        <article><h1>川辺町に新しい渡し船</h1>
        <div class="article-body">
        <p>【6月12日 川辺】川辺町は12日、新しい渡し船の運航を来月から始めると発表した。町民の通勤や通学が便利になる。</p>
        <p>　町長は記者会見で「対岸までの時間が半分になる」と述べ、運賃はバスと同じにすると説明した。</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void The_logos_name_after_the_sections_label_in_the_title_is_the_site() =>
        Assert.Equal("River Shimpo", Parse("River Shimpo").Site);

    [Fact]
    public void Without_a_logo_of_that_name_the_title_tail_is_not_cut() =>
        Assert.NotEqual("River Shimpo", Parse("Home").Site);
}
