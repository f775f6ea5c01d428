using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CroatianListopadTests
{
    private const string CroatianText = " Gradsko vijeće je odobrilo plan koji je predložen prije godine, nakon što je krov prokišnjavao, a tržnica će biti otvorena. ";

    private const string CzechText = " Zastupitelstvo schválilo plán, který byl představen loni, protože střecha zatékala, a tržnice, která je zavřená, není otevřená. Radní řekli, že jsou připraveni. ";

    private const string PolishText = " Rada miasta przyjęła plan, który przedstawiono rok temu, ponieważ dach przeciekał, a targowisko jest zamknięte oraz się sypie. ";

    [Fact]
    public void A_page_in_croatian_reads_listopad_as_october()
    {
        Assert.True(CroatianListopad.IsCroatian(CroatianText));
        using var scope = CroatianListopad.For("Objavljeno: 26. listopada 2013. u 17:42" + CroatianText);
        Assert.True(DateLineParser.TryParseLine("26. listopada 2013. u 17:42", out var time));
        Assert.Equal("2013-10-26T17:42:00", time.ToIso());
    }

    [Theory]
    [InlineData(CzechText, "26. listopadu 2013 17:42")]
    [InlineData(PolishText, "26 listopada 2013, 17:42")]
    public void A_czech_or_polish_page_keeps_listopad_as_november(string text, string line)
    {
        Assert.False(CroatianListopad.IsCroatian(text));
        using var scope = CroatianListopad.For(line + text);
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal("2013-11-26T17:42:00", time.ToIso());
    }

    [Fact]
    public void A_page_with_too_few_words_to_tell_keeps_november()
    {
        Assert.False(CroatianListopad.IsCroatian(" nakon "));
    }

    [Fact]
    public void A_croatian_text_page_is_dated_in_october()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Večernji vjesnik

            Gradsko vijeće odobrilo obnovu tržnice na Kvatriću

            Piše: Ivana Horvat
            Objavljeno: 26. listopada 2013. u 17:42

            Gradsko vijeće je u četvrtak odobrilo plan obnove tržnice na Kvatriću, koja je zatvorena od siječnja, a radovi bi trebali početi prije kraja godine.

            Projekt predviđa zamjenu cijelog krova i novi sustav ventilacije, što je po procjeni gradskih službi nužno nakon zime u kojoj je krov prokišnjavao.
            """), "page.txt");

        Assert.Equal("2013-10-26T17:42:00", page.PublishedAt);
    }
}
