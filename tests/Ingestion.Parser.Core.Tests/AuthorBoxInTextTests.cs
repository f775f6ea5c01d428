using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AuthorBoxInTextTests
{
    private const string WireStory = """
        <html><head><title>Un barrage cède dans la vallée - Le Quotidien</title></head><body>
        <article itemscope itemtype="http://schema.org/NewsArticle">
        <h1 itemprop="headline">Un barrage cède dans la vallée</h1>
        <div class="info"><span class="author" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/auteur/afp"><span itemprop="name"> AFP</span></a></span>
        <time itemprop="datePublished" datetime="2014-06-12T08:10:00">12 juin 2014 à 08:10</time></div>
        <div class="article-body" itemprop="articleBody">
        <aside class="related"><span class="name">Sur le même sujet</span><ul><li><a href="/a">Les crues du printemps</a> <span class="author">Par<span class="authorname"> Hélène Marchand</span></span></li></ul></aside>
        <div><p>Un barrage a cédé jeudi matin dans la vallée, inondant trois villages en aval, selon la préfecture qui a ouvert une cellule de crise.</p>
        <p>Les pompiers ont évacué près de 400 habitants pendant la nuit et aucune victime n'est à déplorer pour l'instant.</p>
        <p>Les causes de la rupture restent inconnues. Une enquête a été ouverte et les experts sont attendus sur place dans la journée.</p></div>
        <div class="authors-container"><span class="author" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/auteur/afp"><span itemprop="name"> AFP</span></a></span></div>
        </div></article></body></html>
        """;

    [Fact]
    public void The_author_box_under_the_text_leaves_the_last_paragraph_as_body_not_a_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(WireStory), "page.html");

        Assert.Equal("Les causes de la rupture restent inconnues. Une enquête a été ouverte et les experts sont attendus sur place dans la journée.", page.BodyParagraphs[^1]);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_wire_service_marked_as_the_author_names_no_writer_nor_lets_a_related_storys_byline_name_one()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(WireStory), "page.html");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_name_marked_as_the_author_inside_a_sentence_stays_in_it()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div id="r"><p>Le livre de <span itemprop="author">Julien Morel</span> paraît en mars.</p>
            <div class="signature"><span itemprop="author">Claire Vasseur</span></div></div></body></html>
            """);
        var root = document.GetElementById("r")!;

        AuthorBoxInText.Remove(root);

        Assert.Equal("Le livre de Julien Morel paraît en mars.", root.TextContent.Trim());
    }
}
