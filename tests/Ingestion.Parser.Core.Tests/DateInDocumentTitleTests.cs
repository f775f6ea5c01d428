using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateInDocumentTitleTests
{
    [Theory]
    [InlineData("Un puente nuevo para el barrio sur - 14.03.2013 - EL DIARIO DEL SUR", "2013-03-14")]
    [InlineData("Prefeitura anuncia nova linha de ônibus - 21/11/2014 - Cotidiano - Jornal da Serra", "2014-11-21")]
    [InlineData("The long road to a new bridge - Mar. 4, 2013", "2013-03-04")]
    public void A_part_of_the_title_after_the_headline_that_is_a_date_gives_the_day(string title, string day) =>
        Assert.Equal(day, DateInDocumentTitle.Read(title));

    [Theory]
    [InlineData("Remembering 9/11/2001 - The Valley Courier")]
    [InlineData("March 14, 2013 - city council minutes")]
    [InlineData("Budget vote set for 2014 - The Valley Courier")]
    [InlineData("Council votes on budget | The Valley Courier")]
    [InlineData(null)]
    public void A_date_in_the_headline_or_a_year_in_a_phrase_gives_none(string? title) =>
        Assert.Null(DateInDocumentTitle.Read(title));

    [Fact]
    public void A_page_with_no_other_time_is_dated_by_its_title()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Un puente nuevo para el barrio sur - 14.03.2013 - EL DIARIO DEL SUR</title></head><body>
            <article><h1>Un puente nuevo para el barrio sur</h1><div class="cuerpo">
            <p>El municipio presentó ayer el proyecto del puente que unirá el barrio sur con el centro, una obra esperada desde hace años.</p>
            <p>Las obras comenzarán en agosto y durarán catorce meses, según informó la secretaría de obras públicas.</p>
            </div></article></body></html>
            """), "page.html");

        Assert.Equal("2013-03-14", page.PublishedAt);
    }

    [Fact]
    public void A_time_the_page_gives_outranks_the_title()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Un puente nuevo para el barrio sur - 14.03.2013 - EL DIARIO DEL SUR</title>
            <meta property="article:published_time" content="2013-03-13T22:40:00-03:00"></head><body>
            <article><h1>Un puente nuevo para el barrio sur</h1><div class="cuerpo">
            <p>El municipio presentó ayer el proyecto del puente que unirá el barrio sur con el centro, una obra esperada desde hace años.</p>
            <p>Las obras comenzarán en agosto y durarán catorce meses, según informó la secretaría de obras públicas.</p>
            </div></article></body></html>
            """), "page.html");

        Assert.Equal("2013-03-13T22:40:00-03:00", page.PublishedAt);
    }
}
