using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The metadata's title gives way to the page's headline when it only adds the site after a separator.</summary>
public class SiteSuffixedHeadlineTests
{
    [Fact]
    public void A_site_parted_from_the_headline_by_a_single_guillemet_leaves_the_title()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(InitialsOnlyNameTests.Story), "story.html");

        Assert.Equal("Neue Buslinie verbindet Altstadt und Hafen", page.Title);
    }

    [Fact]
    public void A_double_guillemet_parts_the_site_too()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(InitialsOnlyNameTests.Story.Replace(" › Kreisbote", " » Kreisbote", StringComparison.Ordinal)), "story.html");

        Assert.Equal("Neue Buslinie verbindet Altstadt und Hafen", page.Title);
    }

    [Fact]
    public void A_full_width_bar_parts_a_japanese_site_from_the_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>新聞を手軽にきれいに切り抜けるはさみ、キリトリ ｜ 港町ニュース Minato</title>
            <meta property="og:title" content="新聞を手軽にきれいに切り抜けるはさみ、キリトリ ｜ 港町ニュース Minato">
            <meta property="og:site_name" content="港町ニュース Minato">
            </head><body><h1>新聞を手軽にきれいに切り抜けるはさみ、キリトリ</h1>
            <div class="entry-body"><p>新聞の記事をきれいに切り抜けるはさみが発売された。刃が紙一枚だけを切るので、下の紙を傷つけることがないという。</p>
            <p>価格は一本八百円で、全国の文具店で買える。色は三色から選べる。</p></div>
            </body></html>
            """), "page.html");

        Assert.Equal("新聞を手軽にきれいに切り抜けるはさみ、キリトリ", page.Title);
    }

    [Fact]
    public void A_full_width_bar_parts_the_site_too()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(InitialsOnlyNameTests.Story.Replace(" › Kreisbote", " ｜ Kreisbote", StringComparison.Ordinal)), "story.html");

        Assert.Equal("Neue Buslinie verbindet Altstadt und Hafen", page.Title);
    }
}
