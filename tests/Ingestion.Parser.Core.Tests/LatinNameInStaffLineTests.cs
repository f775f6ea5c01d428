using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LatinNameInStaffLineTests
{
    private static ParsedPage Parse(string writers) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>港のフェリーに夜の便</title><meta property="og:site_name" content="港ニュース"></head><body>
        <main><article class="article"><h1 class="heading">港のフェリーに夜の便</h1>
        <div class="article__metadata"><div class="article__authors"><div><p class="meta">作者：</p>
        <ul class="no-style authors"><li><p class="meta author__bio"><span class="author__name"><a href="/profile/w" class="author__link">{{writers}}</a></span></p></li></ul>
        </div></div></div>
        <div class="article__data"><p>港のフェリー会社は5月から夜の便を追加すると月曜日に発表した。夜勤の労働者から一年にわたって要望が寄せられていた。</p>
        <p>新しい便は北の桟橋を午後11時半に出発し、真夜中に島から戻る。運賃は変わらない。</p></div>
        </article></main></body></html>
        """), "ferry.html");

    [Fact]
    public void A_writer_named_in_latin_letters_after_a_hanzi_label_is_one_writer()
    {
        Assert.Equal(["Lena Marsh"], Parse("Lena Marsh").Authors);
    }

    [Fact]
    public void Two_hanzi_names_parted_by_a_space_are_still_two_writers()
    {
        Assert.Equal(["王海", "李明"], LatinNameInStaffLine.Names("王海 李明"));
    }

    [Fact]
    public void Latin_names_parted_by_commas_are_each_a_writer()
    {
        Assert.Equal(["Lena Marsh", "Tom Okafor"], LatinNameInStaffLine.Names("Lena Marsh, Tom Okafor"));
    }
}
