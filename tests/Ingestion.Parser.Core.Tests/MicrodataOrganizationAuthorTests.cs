using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MicrodataOrganizationAuthorTests
{
    private static string Page(string authorType, string authorName) => $$"""
        <html><head><title>Técnico admite erro em visita - 14/03/2016 - Esporte - Gazeta</title>
        <meta property="og:site_name" content="Gazeta do Planalto"></head><body>
        <main itemscope itemtype="https://schema.org/NewsArticle">
        <div itemprop="author" itemscope itemtype="https://schema.org/{{authorType}}"><meta itemprop="name" content="{{authorName}}"></div>
        <h1 itemprop="headline">Técnico admite erro em visita</h1>
        <time itemprop="datePublished" datetime="2016-03-14 12:55:00">14.mar.2016 às 12h55</time>
        <div class="c-signature"><strong class="c-signature__location">Campinas</strong></div>
        <div class="c-news__body" itemprop="articleBody">
        <p>O técnico do time disse nesta segunda que errou ao levar o troféu ao prefeito, numa visita feita há quatro anos.</p>
        <p>Segundo ele, a visita foi um gesto de cortesia, sem nenhuma intenção de apoiar um partido ou um candidato.</p>
        </div></main></body></html>
        """;

    [Fact]
    public void The_publisher_marked_as_the_author_names_no_writer_nor_does_the_place_in_the_signature_box()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Organization", "Gazeta do Planalto")), "page.html");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_person_marked_as_the_author_is_the_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Person", "Renata Ferraz")), "page.html");

        Assert.Equal(["Renata Ferraz"], page.Authors);
    }
}
