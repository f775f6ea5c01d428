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

    [Fact]
    public void The_document_title_among_the_keywords_is_no_tag()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Why the ferry timetable keeps slipping - HarbourPostLocal.com</title>
            <meta name="keywords" content="local, Why the ferry timetable keeps slipping  - HarbourPostLocal.com"></head><body>
            <article><h1>Why the ferry timetable keeps slipping</h1><div class="story-body">
            <p>The harbour board has moved the morning ferry three times this year, and commuters say they no longer trust the printed timetable.</p>
            <p>The board's chair said a new schedule would be fixed in spring, after the pier works are finished and the crews are hired.</p>
            </div></article></body></html>
            """), "page.html");

        Assert.Equal(["local"], page.Tags);
    }

    [Fact]
    public void A_keyword_that_opens_with_the_headline_and_goes_on_to_a_topic_of_its_own_stays()
    {
        List<string> tags = ["Harbour ferries and the pier works of the northern quay district", "Ferries"];

        Assert.Same(tags, TitleOrSiteAsTag.Without(tags, "Harbour ferries", null));
    }

    [Fact]
    public void The_headline_with_a_site_name_after_a_bar_is_no_tag()
    {
        List<string> tags = ["Ferries", "Why the ferry timetable keeps slipping | The Harbour Post"];

        Assert.Equal(["Ferries"], TitleOrSiteAsTag.Without(tags, "Why the ferry timetable keeps slipping", "Harbour Post"));
    }
}
