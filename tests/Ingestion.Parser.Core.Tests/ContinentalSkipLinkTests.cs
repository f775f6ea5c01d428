using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ContinentalSkipLinkTests
{
    [Theory]
    [InlineData("Passer au contenu", true)]
    [InlineData("Aller au contenu principal", true)]
    [InlineData("Vai al contenuto principale", true)]
    [InlineData("Ir para o conteúdo", true)]
    [InlineData("Ga naar de inhoud", true)]
    [InlineData("Direkt zum Inhalt", true)]
    [InlineData("Passer au contenu du rapport avant de voter, a dit le maire.", false)]
    [InlineData("Ga naar de inhoud van het dossier voor meer uitleg over de werken.", false)]
    public void A_skip_link_in_the_pages_language_is_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));
}
