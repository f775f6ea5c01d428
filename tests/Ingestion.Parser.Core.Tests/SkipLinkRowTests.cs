using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SkipLinkRowTests
{
    [Theory]
    [InlineData("Aller au menu principal Aller au contenu principal Aller au formulaire de recherche Aller au pied de page", true)]
    [InlineData("Skip to navigation Skip to content Skip to footer", true)]
    [InlineData("Skip to the end of the story if you have read the first part already.", false)]
    [InlineData("Aller au marché le samedi reste un plaisir pour les familles du quartier.", false)]
    public void A_row_of_skip_links_repeats_its_verb_before_each_link(string line, bool row) =>
        Assert.Equal(row, SkipLinkRow.Is(line));
}
