using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelParagraphOverLinkRowTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Le bac de nuit garde sa dernière traversée - Gazette du Port</title>
        <meta name="keywords" content="Port,Transports,Hiver">
        <meta property="og:site_name" content="Gazette du Port"></head><body>
        <main><article class="col-md-9">
        <h1>Le bac de nuit garde sa dernière traversée</h1>
        <div class="texte">
        <p>Le conseil du port a voté mardi le maintien du bac de nuit jusqu'à minuit pendant tout l'hiver prochain.</p>
        <p>L'équipage avait demandé cette traversée tardive après un été où plus de deux cents passagers l'ont prise chaque semaine.</p>
        {{row}}
        </div>
        </article></main>
        </body></html>
        """), "bac.html");

    [Fact]
    public void A_label_paragraph_over_a_paragraph_of_slashed_links_names_the_tags_and_is_no_text()
    {
        var page = Parse("""
            <div class="sujets"><p><strong>Mots-clés </strong></p><p><a href="Hiver"> Hiver</a>   /   <a href="Transports"> Transports</a>   /   <a href="Port"> Port</a></p></div>
            """);

        Assert.Equal(["Hiver", "Transports", "Port"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_label_paragraph_over_a_sentence_with_links_leaves_the_keywords_and_the_text()
    {
        var page = Parse("""
            <div class="sujets"><p><strong>Mots-clés </strong></p><p>Les horaires d'hiver sont affichés au guichet de la gare maritime et sur <a href="Horaires">le site du port</a> depuis lundi.</p></div>
            """);

        Assert.Equal(["Port", "Transports", "Hiver"], page.Tags);
        Assert.Contains("Les horaires d'hiver sont affichés au guichet de la gare maritime et sur le site du port depuis lundi.", page.BodyParagraphs);
    }
}
