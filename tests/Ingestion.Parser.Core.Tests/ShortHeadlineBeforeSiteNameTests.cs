using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShortHeadlineBeforeSiteNameTests
{
    private static string? TitleOf(string shareTitle, string heading) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html lang="de"><head><title>{{shareTitle}}</title>
        <meta property="og:title" content="{{shareTitle}}" /><meta property="og:site_name" content="Beispiel Sport GmbH" /></head><body>
        <div class="content"><div class="title_holder"><h1><span>{{heading}}</span></h1><span class="subtitle">Schutz beim Hallensport</span></div>
        <div class="container"><p>Wer in der Halle Volleyball oder Handball spielt, landet oft auf den Knien, und ohne Polster gibt es schnell Prellungen.</p>
        <p>Gute Schoner sitzen fest, ohne die Kniekehle einzuengen, und lassen sich bei dreißig Grad waschen.</p></div></div>
        </body></html>
        """), "page.html").Title;

    [Fact]
    public void A_one_word_heading_before_the_sites_name_is_the_headline() =>
        Assert.Equal("Knieschoner", TitleOf("Knieschoner - Beispiel Sport GmbH", "Knieschoner"));

    [Fact]
    public void A_title_whose_suffix_is_not_the_site_keeps_its_tests() =>
        Assert.Equal("Knieschoner - Test 2020", TitleOf("Knieschoner - Test 2020", "Knieschoner"));
}
