using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PieceKindLabelTests
{
    [Theory]
    [InlineData("Ein Artikel von Wiebke Sandmann 14.03.2018", 11)]
    [InlineData("Ein Kommentar von Tilda Brückner 26.09.2013", 13)]
    public void The_label_before_von_ends_at_the_by_word(string segment, int at) =>
        Assert.True(PieceKindLabel.Ends(segment, at, " von "));

    [Theory]
    [InlineData("Posted by samzenpus on Tuesday September 17, 2013", 6, " by ")]
    [InlineData("Die Rede von Olaf Brandt am 14.03.2018", 8, " von ")]
    public void A_filler_or_other_words_are_no_label(string segment, int at, string join) =>
        Assert.False(PieceKindLabel.Ends(segment, at, join));

    [Fact]
    public void An_association_articles_byline_names_the_writer()
    {
        const string html = """
            <html><head><title>Wälder unter Druck | Naturbund</title>
            <meta property="og:site_name" content="Naturbund" /><meta property="og:title" content="Wälder unter Druck" /></head><body>
            <article about="/themen/wald/unter-druck" typeof="sioc:Item foaf:Document" class="article article--full">
            <footer class="article__submitted">
            <p class="submitted"><span property="dc:date dc:created" content="2018-03-14T10:12:40+01:00" datatype="xsd:dateTime" rel="sioc:has_creator">Ein Artikel von <span class="username" about="/user/7" typeof="sioc:UserAccount" property="foaf:name">Wiebke Sandmann</span> <span class="date">14.03.2018</span></span></p>
            </footer>
            <header>
            <h1 class="field--subline">
                Naturbund legt Bericht zum Zustand der Stadtwälder vor  </h1>
            <h2 class="article__title">Wälder unter Druck</h2>
            </header>
            <div class="article__content"><div class="field--body">
            <p>Der Verband fordert, bis zum Ende des Jahrzehnts ein Drittel der Landesfläche unter strengen Schutz zu stellen.</p>
            <p>Die Landesregierung will den Vorschlag im Herbst mit den Kommunen und den Forstbetrieben beraten.</p>
            </div></div></article></body></html>
            """;

        Assert.Equal(["Wiebke Sandmann"], PageParser.Parse(Encoding.UTF8.GetBytes(html), "page.html").Authors);
    }
}
