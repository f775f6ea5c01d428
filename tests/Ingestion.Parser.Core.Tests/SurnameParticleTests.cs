using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SurnameParticleTests
{
    [Theory]
    [InlineData("© Le Gall")]
    [InlineData("© De Smet")]
    [InlineData("© van Dijk")]
    [InlineData("© Di Stefano")]
    public void A_surname_opening_with_a_particle_credits_a_picture(string line)
    {
        Assert.True(PhotographerCopyright.Is(line));
        Assert.NotEqual(CommentHeadings.Kind.Footer, CommentHeadings.Classify(line));
    }

    [Theory]
    [InlineData("© Le Monde")]
    [InlineData("© De Standaard")]
    [InlineData("© La Stampa")]
    [InlineData("© Le Soir")]
    [InlineData("© The Chronicle")]
    [InlineData("© Le Gall Presse")]
    public void An_article_before_a_papers_name_stays_a_footer(string line)
    {
        Assert.False(PhotographerCopyright.Is(line));
        Assert.Equal(CommentHeadings.Kind.Footer, CommentHeadings.Classify(line));
    }

    [Theory]
    [InlineData("Le", "Gall", true)]
    [InlineData("van", "Dijk", true)]
    [InlineData("Le", "Monde", false)]
    [InlineData("The", "Times", false)]
    [InlineData("De", "smet", false)]
    public void Only_a_particle_before_a_capitalised_word_naming_no_paper_is_a_surname(string particle, string surname, bool expected) =>
        Assert.Equal(expected, SurnameParticle.IsSurname(particle, surname));
}
