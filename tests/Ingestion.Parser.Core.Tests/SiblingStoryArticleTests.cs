using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiblingStoryArticleTests
{
    private const string Paragraphs = """
        <p>Der Kreistag hat am Dienstag beschlossen, die Fähre zwischen Altwarp und Neuwerk auch im Winter fahren zu lassen, zunächst für zwei Jahre.</p>
        <p>Die Kosten von rund 180.000 Euro im Jahr teilen sich der Kreis und die beiden Gemeinden, die seit Jahren um die Verbindung gekämpft hatten.</p>
        <p>Der Betreiber will dafür ein zweites, kleineres Schiff chartern, das auch bei Eisgang fahren darf und weniger Diesel verbraucht.</p>
        <p>Gegen den Beschluss stimmte nur eine Fraktion, die das Geld lieber in den Busverkehr gesteckt hätte, der im Winter ebenfalls ausgedünnt wird.</p>
        <p>Die erste Winterfahrt ist für den 2. Dezember geplant, der Fahrplan soll bis Ende Oktober auf der Internetseite der Gemeinde stehen.</p>
        """;

    private const string Shorter = """
        <p>Zwölf Kilometer neue Radwege verbinden seit dem Wochenende die Dörfer am Haff mit dem Bahnhof in Ueckermünde.</p>
        <p>Gebaut wurde fast zwei Jahre lang, die Hälfte der Kosten trug das Land.</p>
        """;

    private static string Story(string headline, string caption, string paragraphs = Paragraphs) => $$"""
        <article class="list__item"><figure><img src="bild.jpg" alt=""><figcaption>{{caption}}</figcaption></figure>
        <h2>{{headline}}</h2><p class="detail__authors">von <a href="/team/jana-brandt/">Jana Brandt</a></p>
        <div class="detail__content">{{paragraphs}}</div></article>
        """;

    private static string Page(string articles) => $$"""
        <html lang="de"><head><title>Fähre fährt auch im Winter</title><meta property="og:title" content="Fähre fährt auch im Winter"></head>
        <body><main><section class="hero"><h1>Aktuelle Artikel</h1></section><div class="list">{{articles}}</div></main></body></html>
        """;

    [Fact]
    public void The_next_story_expanded_after_the_page_story_gives_no_caption()
    {
        var html = Page(Story("Fähre fährt auch im Winter", "Die Fähre am Anleger in Altwarp. © Jana Brandt")
            + Story("Neue Radwege am Haff", "Der neue Radweg bei Ueckermünde. © Jana Brandt", Shorter));

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "story.html");

        Assert.Equal(["Die Fähre am Anleger in Altwarp. © Jana Brandt"], page.Captions);
    }

    [Fact]
    public void A_teaser_card_before_the_story_leaves_the_story_its_caption()
    {
        var teaser = """<article class="teaser"><h2><a href="/radwege">Neue Radwege am Haff</a></h2><p class="author">von Jana Brandt</p><p>Zwölf Kilometer neue Wege.</p></article>""";
        var html = Page(teaser + Story("Fähre fährt auch im Winter", "Die Fähre am Anleger in Altwarp. © Jana Brandt"));

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "story.html");

        Assert.Equal(["Die Fähre am Anleger in Altwarp. © Jana Brandt"], page.Captions);
    }
}
