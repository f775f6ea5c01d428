using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineCardUnderTextTests
{
    private static readonly string[] Story =
    [
        "Le conseil municipal a adopté mardi soir le budget de l'année prochaine, après quatre heures de débat dans la salle des fêtes.",
        "L'opposition a voté contre, en dénonçant la hausse des tarifs de la cantine et le report des travaux de la piscine.",
        "Le maire a promis une réunion publique avant l'été pour présenter le calendrier des travaux aux habitants du quartier.",
    ];

    [Fact]
    public void The_byline_s_names_repeated_over_a_job_and_follow_links_close_no_story()
    {
        var body = new List<string>(Story) { "Claire Vasseur (avec Julien Morel et Anaïs Roux)", "Journaliste au Quotidien Suivre Aller sur la page de ce journaliste" };
        BylineCardUnderText.RemoveFrom(body, ["Claire Vasseur", "Julien Morel", "Anaïs Roux"]);
        Assert.Equal(Story, body);
    }

    [Fact]
    public void The_names_alone_at_the_end_go_too()
    {
        var body = new List<string>(Story) { "Dana Whitcomb and Peter Alvarez" };
        BylineCardUnderText.RemoveFrom(body, ["Dana Whitcomb", "Peter Alvarez"]);
        Assert.Equal(Story, body);
    }

    [Fact]
    public void A_last_paragraph_that_names_the_writer_in_a_sentence_stays()
    {
        var body = new List<string>(Story) { "Claire Vasseur a contribué à cet article depuis la mairie.", "Suivre" };
        BylineCardUnderText.RemoveFrom(body, ["Claire Vasseur"]);
        Assert.Equal(5, body.Count);
    }

    [Fact]
    public void Names_of_other_people_or_a_sentence_under_the_names_leave_the_end_alone()
    {
        var others = new List<string>(Story) { "Julien Morel et Anaïs Roux", "Journaliste au Quotidien" };
        BylineCardUnderText.RemoveFrom(others, ["Claire Vasseur"]);
        Assert.Equal(5, others.Count);

        var sentence = new List<string>(Story) { "Claire Vasseur", "Elle couvre la politique municipale depuis dix ans et anime le podcast du journal." };
        BylineCardUnderText.RemoveFrom(sentence, ["Claire Vasseur"]);
        Assert.Equal(5, sentence.Count);
    }

    [Fact]
    public void A_dumped_page_signed_with_co_writers_reads_each_and_drops_the_card()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Le conseil municipal vote le budget

               Le Quotidien | 04.05.2015 à 13h36 | Par Claire Vasseur (avec Julien Morel et Anaïs Roux)

               Le conseil municipal a adopté mardi soir le budget de l'année prochaine, après quatre heures de débat dans la salle des fêtes.

               L'opposition a voté contre, en dénonçant la hausse des tarifs de la cantine et le report des travaux de la piscine.

               Le maire a promis une réunion publique avant l'été pour présenter le calendrier des travaux aux habitants du quartier.

                 * Claire Vasseur (avec Julien Morel et Anaïs Roux)
                   Journaliste au Quotidien Suivre Aller sur la page de ce journaliste
            """), "page.txt");
        Assert.Equal(["Claire Vasseur", "Julien Morel", "Anaïs Roux"], page.Authors);
        Assert.Equal(Story, page.BodyParagraphs);
    }

    [Fact]
    public void An_html_storys_closing_authors_span_that_repeats_the_metadata_byline_goes()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Le budget adopté - Le Quotidien</title>
            <script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Le budget adopté",
            "author": [{"@type": "Person", "name": "Claire Vasseur"}, {"@type": "Person", "name": "Julien Morel"}], "datePublished": "2015-05-04T13:36:00"}</script>
            </head><body><article><h1>Le budget adopté</h1>
            <div class="metas"><span class="authors">Par <a href="/auteur/1">Claire Vasseur</a> et <a href="/auteur/2">Julien Morel</a></span></div>
            <div class="article-body">
            <p>Le conseil municipal a adopté mardi soir le budget de l'année prochaine, après quatre heures de débat dans la salle des fêtes.</p>
            <p>L'opposition a voté contre, en dénonçant la hausse des tarifs de la cantine et le report des travaux de la piscine.</p>
            <p>Le maire a promis une réunion publique avant l'été pour présenter le calendrier des travaux aux habitants du quartier.</p>
            <span class="authors"><span class="author"><a href="/auteur/1">Claire Vasseur</a></span> , <span class="author"><a href="/auteur/2">Julien Morel</a></span></span>
            </div></article></body></html>
            """), "page.html");

        Assert.Equal(["Claire Vasseur", "Julien Morel"], page.Authors);
        Assert.Equal(Story, page.BodyParagraphs);
    }
}
