using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RightsReservedPhraseTests
{
    [Theory]
    [InlineData("RIPRODUZIONE RISERVATA", true)]
    [InlineData("Todos os direitos reservados.", true)]
    [InlineData("All Rights Reserved", true)]
    [InlineData("Gazzetta del Tirreno", false)]
    [InlineData("Riproduzioni Artistiche Srl", false)]
    public void Reserving_the_rights_names_no_holder(string text, bool phrase) => Assert.Equal(phrase, RightsReservedPhrase.Opens(text));
}
