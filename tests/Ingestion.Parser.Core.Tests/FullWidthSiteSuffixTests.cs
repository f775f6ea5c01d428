using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FullWidthSiteSuffixTests
{
    private static ParsedPage Parse(string shareTitle, string heading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>{{shareTitle}}</title>
        <meta property="og:title" content="{{shareTitle}}"><meta property="og:site_name" content="港町新報デジタル"></head><body>
        <div class="ArticleTitle"><h1>{{heading}}</h1><p><time datetime="2019-03-01T13:16">2019年3月1日13時16分</time></p></div>
        <div class="ArticleText">
        <p>　港町の市営フェリーは１日、嵐で止まっていた島への便を二日ぶりに再開した。朝の一便には通勤客や買い物客ら約４０人が乗り込んだ。</p>
        <p>　運航会社によると、今週の便は通常の時刻表どおりに運航し、欠航した便の乗船券は払い戻すか、無料で振り替えるという。</p>
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void The_headline_shown_wins_over_the_share_title_ending_in_a_full_width_colon_and_the_site()
    {
        var page = Parse("市営フェリー、嵐の後「二日ぶりの再開」で島へ：港町新報デジタル", "市営フェリー、嵐の後「二日ぶりの再開」で島へ");
        Assert.Equal("市営フェリー、嵐の後「二日ぶりの再開」で島へ", page.Title);
    }

    [Fact]
    public void A_subtitle_after_the_full_width_colon_stays_in_the_title()
    {
        var page = Parse("市営フェリー、嵐の後に運航再開：島の暮らし支える足", "市営フェリー、嵐の後に運航再開");
        Assert.Equal("市営フェリー、嵐の後に運航再開：島の暮らし支える足", page.Title);
    }

    [Theory]
    [InlineData("市営フェリーが運航再開：港町新報デジタル", "市営フェリーが運航再開", true)]
    [InlineData("市営フェリーが運航再開｜港町新報デジタル", "市営フェリーが運航再開", true)]
    [InlineData("市営フェリーが運航再開：島の足", "市営フェリーが運航再開", false)]
    public void Only_the_sites_own_name_after_the_colon_frames_the_headline(string title, string shown, bool framed) =>
        Assert.Equal(framed, SiteNamedShareTitle.Frames(title, shown, "港町新報デジタル"));
}
