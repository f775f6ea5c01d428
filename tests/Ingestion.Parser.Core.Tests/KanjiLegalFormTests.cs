using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KanjiLegalFormTests
{
    private static ParsedPage Parse(string author) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><meta charset="UTF-8"><meta name="author" content="{{author}}"><title>渡し船が運航再開 - ハーバー通信</title></head><body>
        <article><h1>渡し船が運航再開</h1><div class="article-info"><span class="writer">松田花子</span><p class="publish-date">2019年3月5日 10:05</p></div>
        <div class="main-contents">
        <p>　港と島を結ぶ渡し船が、嵐による二日間の運休を経て火曜日の朝に運航を再開した。</p>
        <p>　運航会社によると、今週の便はすべて時刻表どおりに運航し、欠航した便の乗船券は無料で振り替えられるという。</p>
        </div></article></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("株式会社ハーバー")]
    [InlineData("ハーバー株式会社")]
    [InlineData("海港传媒有限公司")]
    public void A_company_with_its_legal_form_glued_to_its_name_is_no_writer(string company)
    {
        var page = Parse(company);
        Assert.Equal(["松田花子"], page.Authors);
    }

    [Theory]
    [InlineData("株式会社インプレス", true)]
    [InlineData("港湾（株）", true)]
    [InlineData("松田花子", false)]
    [InlineData("株式会社", false)]
    public void The_form_is_glued_before_or_after_the_name(string name, bool expected) =>
        Assert.Equal(expected, KanjiLegalForm.Marks(name));
}
