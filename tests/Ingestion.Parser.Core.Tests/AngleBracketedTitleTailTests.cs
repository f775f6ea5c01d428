using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A Japanese title closing with its site's name in full-width angle brackets: the headline and the site part there.</summary>
public class AngleBracketedTitleTailTests
{
    private static ParsedPage Parse(string documentTitle) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>{{documentTitle}}</title></head><body>
        <table><tr><td><a href="/">こども文庫</a> &gt; <a href="/mukashi/">むかしばなし</a></td></tr></table>
        <table><tr><td>
        <p align="center"><font color="#FF0000">春のおはなし</font><br><br>
        <img src="/img/kitsune.jpg" alt="きつねのはなし"><br><br>
        まいごのきつね<br><br></p>
        <p>　森のはずれに、小さなきつねが住んでいました。　ある朝、きつねは道にまよってしまいました。　小川のそばで、やさしいカメに出会いました。　カメはきつねを家まで送ってあげました。　きつねはカメにお礼を言って、いつまでも仲良しになりました。</p>
        <p align="center">おしまい</p>
        </td></tr></table></body></html>
        """), "page.html");

    [Fact]
    public void The_bracketed_tail_is_the_site_and_the_rest_the_headline()
    {
        var page = Parse("まいごのきつね　＜こども文庫　むかしばなし＞");

        Assert.Equal("まいごのきつね", page.Title);
        Assert.Equal("こども文庫 むかしばなし", page.Site);
    }

    [Theory]
    [InlineData("まいごのきつね＜こども文庫＞", "まいごのきつね＜こども文庫＞")]
    [InlineData("まいごのきつね　＜こども文庫＞です", "まいごのきつね　＜こども文庫＞です")]
    [InlineData("まいごのきつね　＜＞", "まいごのきつね　＜＞")]
    public void Brackets_glued_to_the_headline_or_inside_it_part_nothing(string title, string parted) =>
        Assert.Equal(parted, AngleBracketedTitleTail.Parted(title));

    [Fact]
    public void A_spaced_tail_is_parted_by_a_full_width_bar() =>
        Assert.Equal("まいごのきつね｜こども文庫", AngleBracketedTitleTail.Parted("まいごのきつね　＜こども文庫＞"));
}
