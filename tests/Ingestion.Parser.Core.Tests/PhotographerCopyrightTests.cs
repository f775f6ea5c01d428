using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PhotographerCopyrightTests
{
    [Theory]
    [InlineData("© Pierre Dupont")]
    [InlineData("© Anna Kowalska")]
    [InlineData("©Jean-Luc Flémal")]
    [InlineData("© Marie de Smet")]
    public void A_persons_name_alone_after_the_sign_credits_a_picture(string line)
    {
        Assert.True(PhotographerCopyright.Is(line));
        Assert.True(CaptionDetector.IsCreditOnly(line));
        Assert.NotEqual(CommentHeadings.Kind.Footer, CommentHeadings.Classify(line));
    }

    [Theory]
    [InlineData("© Karla Beispiel / picture alliance")]
    [InlineData("© Jens Muster/imago")]
    [InlineData("© Karla Beispiel / dpa")]
    public void A_photographers_name_and_the_agency_after_a_slash_credit_a_picture(string line)
    {
        Assert.True(PhotographerCopyright.Is(line));
        Assert.NotEqual(CommentHeadings.Kind.Footer, CommentHeadings.Classify(line));
    }

    [Theory]
    [InlineData("© Springer Medizin / Ärzte Zeitung")]
    [InlineData("© Karla Beispiel / Beispiel Verlag 2023")]
    public void A_slash_before_no_picture_agency_keeps_the_footer(string line) =>
        Assert.Equal(CommentHeadings.Kind.Footer, CommentHeadings.Classify(line));

    [Theory]
    [InlineData("© La Voix de Bruxelles")]
    [InlineData("© Le Soir")]
    [InlineData("© The Harlow Sentinel")]
    [InlineData("© Meridian Media")]
    [InlineData("© Rossel Groupe")]
    [InlineData("© Pierre Dupont 2013")]
    [InlineData("© Pierre Dupont. Tous droits réservés.")]
    [InlineData("© Copyright")]
    [InlineData("© RIPRODUZIONE RISERVATA")]
    public void A_company_a_paper_a_year_or_a_rights_notice_stays_a_footer(string line)
    {
        Assert.False(PhotographerCopyright.Is(line));
        Assert.Equal(CommentHeadings.Kind.Footer, CommentHeadings.Classify(line));
    }

    [Fact]
    public void The_story_goes_on_under_a_photographers_credit_through_an_agency()
    {
        // The log-in box's sentences above the headline are the first prose: a footer under them would end the article.
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Logo der Beispiel Zeitung

            Bitte melden Sie sich an, um alle Artikel lesen zu können. Die Registrierung ist mit wenigen Klicks erledigt.
            Bei Problemen wenden Sie sich bitte an unseren Kundenservice. Er hilft Ihnen gerne persönlich weiter.

              • Nachrichten
              • Politik

            Urteil

            Landgericht: Kein Schadenersatz für den Bäcker am Marktplatz

            Der Bäcker am Marktplatz bekommt keinen Schadenersatz von der Stadt. Das hat das Landgericht am Dienstag entschieden.

            Veröffentlicht: 07.11.2023, 10:37 Uhr

            Die Bäckerei am Marktplatz am Dienstagmorgen.

            © Karla Beispiel / picture alliance

            Kleinstadt. Die mit Spannung erwartete Entscheidung des Landgerichts ist am Dienstagvormittag gefallen.

            Der Bäcker hatte geklagt, weil die Baustelle vor seinem Laden ein Jahr lang den Eingang versperrt hatte.
            """), "urteil.w3m.txt");

        Assert.Contains("Kleinstadt. Die mit Spannung erwartete Entscheidung des Landgerichts ist am Dienstagvormittag gefallen.", page.BodyParagraphs);
        Assert.Equal("Der Bäcker hatte geklagt, weil die Baustelle vor seinem Laden ein Jahr lang den Eingang versperrt hatte.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void The_story_goes_on_under_a_photographers_credit()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Logement social : trois ans de prison pour un ex-directeur financier

            Publié le jeudi 26 septembre 2013 à 17h42

            Le palais de justice de Bruxelles, où le tribunal correctionnel a rendu son jugement jeudi.
            © Pierre Dupont

            Le tribunal correctionnel de Bruxelles a condamné jeudi l'ancien directeur financier d'une société de logement social à trois ans de prison.

            Selon le jugement, il avait fait verser sur ses propres comptes des paiements destinés à des entrepreneurs chargés de la rénovation de logements.

            © La Voix de Bruxelles
            """), "page.txt");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains('©'));
    }
}
