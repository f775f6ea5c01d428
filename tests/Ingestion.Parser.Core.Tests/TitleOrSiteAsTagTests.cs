using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleOrSiteAsTagTests
{
    [Fact]
    public void The_headline_and_the_sites_name_among_the_keywords_are_no_tags()
    {
        List<string> tags = ["Un puente nuevo para el barrio sur", "Obras públicas", "El Diario del Sur", "Barrio sur"];

        Assert.Equal(["Obras públicas", "Barrio sur"], TitleOrSiteAsTag.Without(tags, "Un puente nuevo para el barrio sur", "EL DIARIO DEL SUR"));
    }

    [Fact]
    public void Tags_of_other_words_stay_as_they_are()
    {
        List<string> tags = ["Obras públicas", "Barrio sur", "Puente"];

        Assert.Same(tags, TitleOrSiteAsTag.Without(tags, "Un puente nuevo para el barrio sur", "El Diario del Sur"));
    }

    [Fact]
    public void A_keywords_meta_that_opens_with_the_headline_gives_the_other_keywords()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Un puente nuevo para el barrio sur - EL DIARIO DEL SUR</title>
            <meta name="keywords" content="Un puente nuevo para el barrio sur, Obras públicas, Barrio sur"></head><body>
            <article><h1>Un puente nuevo para el barrio sur</h1><div class="cuerpo">
            <p>El municipio presentó ayer el proyecto del puente que unirá el barrio sur con el centro, una obra esperada desde hace años.</p>
            <p>Las obras comenzarán en agosto y durarán catorce meses, según informó la secretaría de obras públicas.</p>
            </div></article></body></html>
            """), "page.html");

        Assert.Equal(["Obras públicas", "Barrio sur"], page.Tags);
    }
}
