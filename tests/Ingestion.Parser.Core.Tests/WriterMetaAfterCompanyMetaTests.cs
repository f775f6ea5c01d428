using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterMetaAfterCompanyMetaTests
{
    private static ParsedPage Parse(string metas) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8">{metas}<title>川辺の町に新しい渡し船 | 川辺ニュース</title></head>
        <body><article class="p-post"><h1 class="p-post-title">川辺の町に新しい渡し船</h1>
        <div class="p-post-content">
        <p>川辺の町で来月から新しい渡し船が一日十二便、対岸の桟橋との間を行き来することになりました。</p>
        <p>町長は火曜日の会議で、運賃はバスと同じで、学生は無料で乗れると話しました。</p>
        </div></article></body></html>
        """), "ferry.html", "text/html");

    [Fact]
    public void The_writer_meta_after_the_company_meta_names_the_writer() =>
        Assert.Equal(["山川みどり"], Parse("""<meta name="author" content="Harbourline Media Inc."><meta name="description" content="渡し船"><meta name="author" content="山川みどり">""").Authors);

    [Fact]
    public void A_company_meta_alone_names_no_writer() =>
        Assert.Empty(Parse("""<meta name="author" content="Harbourline Media Inc.">""").Authors);

    [Fact]
    public void A_first_meta_naming_a_person_stays_the_writer() =>
        Assert.Equal(["山川みどり"], Parse("""<meta name="author" content="山川みどり"><meta name="author" content="Harbourline Media Inc.">""").Authors);
}
