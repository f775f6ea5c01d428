using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticleOpenedPhraseTests
{
    [Theory]
    [InlineData("Der Weg der Erzsucher", true)]
    [InlineData("Die Kunst des Wartens", true)]
    [InlineData("Das Erbe", true)]
    [InlineData("Dieter Weg", false)]
    [InlineData("Anna von der Heide", false)]
    [InlineData("The Harbor Sun", false)]
    [InlineData("Der", false)]
    public void A_german_article_opens_a_phrase(string text, bool phrase) => Assert.Equal(phrase, ArticleOpenedPhrase.Is(text));

    [Fact]
    public void A_phrase_opened_by_an_article_is_no_persons_name()
    {
        Assert.False(Words.LooksLikePersonName("Der Weg der Erzsucher"));
        Assert.True(Words.LooksLikePersonName("Dieter Weg"));
        Assert.True(Words.LooksLikePersonName("Anna von der Heide"));
    }

    [Fact]
    public void A_crosshead_with_a_dash_before_an_article_stays_in_the_text()
    {
        var page = "Bergbau im Harz\n\n"
            + "Die ersten Gruben im Oberharz wurden schon im Mittelalter angelegt, und mit ihnen wuchsen die Bergstädte rund um Clausthal.\n\n"
            + "Bergbau – Der Weg der Erzsucher\n\n"
            + "Wer Erz finden wollte, musste die Zeichen im Gelände lesen können: verfärbte Quellen, besondere Pflanzen und alte Halden.\n\n"
            + "Viele dieser Kenntnisse wurden mündlich weitergegeben und sind heute nur noch aus wenigen Chroniken bekannt.\n";
        var parsed = TextPageSplitter.Split(page);
        Assert.Contains("Bergbau – Der Weg der Erzsucher", parsed.BodyParagraphs);
        Assert.Empty(parsed.Authors);
    }
}
