using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GermanOpinionDisclaimerTests
{
    [Theory]
    [InlineData("Meinungen in Beiträgen auf Hafenblick entsprechen jeweils den persönlichen Einschätzungen der Autorin oder des Autors.", true)]
    [InlineData("Die Meinungen in Gastbeiträgen entsprechen nicht unbedingt jenen der Redaktion, sondern denen des Autors.", true)]
    [InlineData("Die Meinungen im Stadtrat entsprechen jenen der Anwohner, sagte die Präsidentin des Hafenvereins.", false)]
    [InlineData("Meinungen der Fahrgäste gehen weit auseinander, wie eine Umfrage des Autors zeigt.", false)]
    public void A_german_sentence_saying_the_opinions_are_the_writers_own_is_a_disclaimer(string text, bool isDisclaimer)
    {
        Assert.Equal(isDisclaimer, OpinionDisclaimer.Is(text));
    }

    [Fact]
    public void The_disclaimer_under_the_text_is_no_paragraph()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Die Hafenfähre fährt im Winter seltener</title></head><body>
            <article><h1>Die Hafenfähre fährt im Winter seltener</h1><div class="entry-content">
            <p>Die Hafenverwaltung hat am Montag beschlossen, dass die Fähre im Winter nur noch stündlich fährt. Das betrifft vor allem Pendler aus dem Osten der Stadt.</p>
            <p>Die Gewerkschaft kritisiert den Entscheid scharf und fordert eine Anhörung der Betroffenen vor dem Stadtrat im Dezember dieses Jahres.</p>
            <p>Meinungen in Beiträgen auf Hafenblick entsprechen jeweils den persönlichen Einschätzungen der Autorin oder des Autors.</p>
            </div></article></body></html>
            """), "page.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
