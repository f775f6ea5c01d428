using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Schlagworte" alone over the keyword links one a line, as a browser copies a German weekly's story foot.</summary>
public class GermanBareTagLabelTests
{
    private const string Story = """
        Stromtrasse: Das Dorf, das sich nicht überspannen lassen will

        Von Ruth Brennecke 27. September 2013 14:32 Uhr

        Wenn Konrad Heuser über die Leitung spricht, zieht er mit dem Finger eine Linie über den Küchentisch, vom Brotkorb bis zur Zuckerdose.

        Konrad Heuser will trotzdem weitermachen. "Ich bin für Windkraft, ich hab selbst Solar auf der Scheune", sagt er und zeigt auf den Hügel.

        {0}
        Energiewende
        Stromnetz
        Hessen

        Mehr zum Thema
        """;

    [Theory]
    [InlineData("Schlagworte")]
    [InlineData("Stichwörter")]
    [InlineData("Themen in diesem Artikel")]
    public void The_links_under_the_label_are_tags_and_no_text(string label)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story.Replace("{0}", label)), "page.txt");

        Assert.Equal(["Energiewende", "Stromnetz", "Hessen"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_sentence_opening_with_the_word_is_no_label()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story.Replace("{0}", "Schlagworte wie diese hört man im Dorf oft, sagt Heuser.")), "page.txt");

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_sentence_opening_with_the_topics_label_words_is_no_label()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story.Replace("{0}", "Themen in diesem Artikel sind die Leitung, der Hof und die Gemeinde.")), "page.txt");

        Assert.Empty(page.Tags);
    }
}
