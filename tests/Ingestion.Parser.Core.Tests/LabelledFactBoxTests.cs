using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledFactBoxTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><title>潮位表アプリ「TideBook」が新版に - Harbour Soft</title>
        <meta value="Harbour Soft" name="og:site_name">
        <meta value="2019-02-22T10:00:00+09:00" name="article:published_time"></head><body>
        <article role="main"><div class="contents"><h1>潮位表アプリ「TideBook」が新版に</h1>
        <p class="publish-date">2019年2月22日 10:00</p>
        <div class="main-contents"><p>港の潮位表を表示するアプリ「TideBook」の最新版v2.4が公開された。</p>
        <p>本バージョンでは、近くの港を自動で選ぶ機能が加わった。満潮と干潮の時刻を通知することもできる。</p></div>
        {{box}}</div></article>
        </body></html>
        """), "tidebook.html");

    [Fact]
    public void A_box_of_labelled_short_values_under_the_text_is_no_body()
    {
        var page = Parse("""
            <div class="software-info"><h3><span>ソフトウェア情報</span></h3>
            <dl><dt class="strong">「TideBook」Android版</dt><dd><dl class="list-software-info">
            <dt>【著作権者】</dt><dd>Harbour Soft</dd><dt>【対応OS】</dt><dd>Android 8以降</dd>
            <dt>【ソフト種別】</dt><dd>フリーソフト</dd><dt>【バージョン】</dt><dd>2.4.0</dd></dl></dd></dl></div>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("本バージョンでは", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_list_whose_definitions_end_as_sentences_stays()
    {
        var page = Parse("""
            <div class="glossary"><h3>用語</h3><dl><dt>【満潮】</dt><dd>潮が最も高くなった状態のこと。</dd>
            <dt>【干潮】</dt><dd>潮が最も低くなった状態のこと。</dd><dt>【潮位】</dt><dd>基準面から測った海面の高さのこと。</dd></dl></div>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("潮が最も高く", StringComparison.Ordinal));
    }
}
