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
