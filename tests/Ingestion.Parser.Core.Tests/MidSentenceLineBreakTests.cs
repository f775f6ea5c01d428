using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MidSentenceLineBreakTests
{
    private static ParsedPage Parse(string paragraph) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Le quai reste fermé - Gazette du Port</title></head><body>
        <main><article>
        <h1>Le quai reste fermé</h1>
        <div class="texte">
        <p>Le conseil du port a voté mardi la fermeture du quai nord jusqu'à la fin des travaux de l'hiver prochain.</p>
        {{paragraph}}
        <p>L'équipage avait demandé cette fermeture après un été où plus de deux cents bateaux ont accosté chaque semaine.</p>
        </div>
        </article></main>
        </body></html>
        """), "quai.html");

    [Fact]
    public void A_lone_break_between_lower_case_words_inside_a_sentence_is_no_new_line()
    {
        var page = Parse("<p>Les experts n'ont pas pu établir de lien entre la chute d'une<br class='autobr' />\npoutre et la fissure du quai.</p>");

        Assert.Contains("Les experts n'ont pas pu établir de lien entre la chute d'une poutre et la fissure du quai.", page.BodyParagraphs);
    }

    [Fact]
    public void A_break_after_a_comma_before_a_capital_or_among_several_still_parts_lines()
    {
        var page = Parse("<p>Merci aux dockers pour leur soutien,<br />\nLes collectifs du quai nord et du quai sud.</p><p>le vent se lève<br>\nsur le quai désert<br>\net la mer attend</p>");

        Assert.Contains("Merci aux dockers pour leur soutien,", page.BodyParagraphs);
        Assert.Contains("sur le quai désert", page.BodyParagraphs);
    }
}
