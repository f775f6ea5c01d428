using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoWordBeforeNameTests
{
    [Theory]
    [InlineData("Logo HBKA", "HBKA")]
    [InlineData("Logo: Inselbote", "Inselbote")]
    [InlineData("logo Hafenauer Kurier", "Hafenauer Kurier")]
    public void The_name_after_the_logo_word_is_the_sites(string alt, string site) => Assert.Equal(site, LogoWordBeforeName.NameAfter(alt));

    [Theory]
    [InlineData("Logo der Stadt Hafenau")]
    [InlineData("Logos")]
    [InlineData("Logoshop Nord")]
    [InlineData("Inselbote Logo")]
    public void Another_alt_text_is_left_alone(string alt) => Assert.Null(LogoWordBeforeName.NameAfter(alt));

    [Fact]
    public void A_logo_alt_opening_with_the_logo_word_gives_the_site()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Neue Fährlinie eröffnet</title></head><body>
            <header><div id="logo"><a href="/"><img src="/logo.svg" alt="Logo HBKA"></a></div></header>
            <div id="content"><h1>Neue Fährlinie eröffnet</h1>
            <p>Die Ministerin hat am Samstag die neue Fährlinie zwischen den beiden Inseln eröffnet und dankte den Werften für ihre Arbeit.</p>
            <p>Die Schiffe fahren ab Juni jede Stunde, im Winter alle zwei Stunden, und nehmen auch Fahrräder und kleine Lieferwagen mit.</p>
            </div></body></html>
            """), "fähre.html");

        Assert.Equal("HBKA", page.Site);
    }
}
