using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CapitalisedNameWordsTests
{
    [Theory]
    [InlineData("Héctor Salinas / El Heraldo del Valle", true)]
    [InlineData("Anke van Dijk / Rijnbode", true)]
    [InlineData("Jordan Pike", true)]
    [InlineData("del Valle", false)]
    [InlineData("Héctor Salinas took this one in the rain", false)]
    public void A_credits_names_are_capitalised_but_for_their_particles(string name, bool names) => Assert.Equal(names, CapitalisedNameWords.AreAll(name));

    [Fact]
    public void A_labelled_credit_naming_a_paper_with_a_particle_is_a_credit()
    {
        Assert.True(CaptionDetector.IsCreditOnly("Foto: Héctor Salinas / El Heraldo del Valle"));
        Assert.False(CaptionDetector.IsCreditOnly("Foto: la casa de Remedios Aguilar en Las Palmas"));
    }
}
