using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReadOnElsewhereLinkTests
{
    [Theory]
    [InlineData("Lire la suite sur Le Courrier du Quai !")]
    [InlineData("Lire l’article complet sur quaiducourrier.org")]
    [InlineData("Weiterlesen auf hafenblatt.de")]
    public void A_pointer_to_the_rest_on_another_site_is_a_full_story_link(string line) => Assert.True(FullStoryLink.Is(line));

    [Theory]
    [InlineData("Lire la suite sur le quai, expliquent les dockers, serait trop long.")]
    [InlineData("Lire la suite")]
    [InlineData("Weiterlesen auf eigene Gefahr, sagte der Kapitän am Dienstag im Hafen.")]
    public void A_sentence_or_a_bare_teaser_label_is_no_such_pointer(string line) => Assert.False(ReadOnElsewhereLink.Is(line));
}
