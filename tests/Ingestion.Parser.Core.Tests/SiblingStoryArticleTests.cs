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
    private static string StreamPost(string headline, string credit, string writer, string paragraphs) => $$"""
        <article class="post"><header class="post-header"><h3 class="post-byline"><a href="/writers/x">{{writer}}</a></h3>
        <time datetime="2026-03-02">a day ago</time></header>
        <div class="post-image"><div class="image"><div class="img-wrapper"><img src="/i/{{writer.Length}}.jpg"></div></div>
        <div class="article-image-credit"><div class="photo-credit">{{credit}}</div></div></div>
        <div class="post-combined"><h1 class="post-title"><span>{{headline}}</span></h1><div class="post-content" itemprop="articleBody">{{paragraphs}}</div></div></article>
        """;

    private const string HarbourText = """
        <p>The harbour board voted on Tuesday to keep the winter ferry running for two more years, after a season in which the boat carried more passengers than in any winter since the crossing opened.</p>
        <p>The cost of about 180,000 a year will be shared by the county and the two villages, which had campaigned for the link for a decade and had feared it would be cut once the grant ran out.</p>
        <p>The operator plans to charter a second, smaller boat that may sail in ice and burns less diesel, and says the first winter crossing will leave the east pier on the second of December.</p>
        <p>Passengers will be able to buy season tickets at the harbour office from the first of November, the board said.</p>
        """;

    private const string BridgeText = """
        <p>The old swing bridge over the canal will close for repairs in spring, the council said, and a temporary footbridge will carry walkers for the eight weeks of works.</p>
        <p>Cyclists will be sent round by the lock, a detour of about a mile.</p>
        """;

    private static string StreamPage(string stream) => $$"""
        <html lang="en"><head><title>The winter ferry keeps running | Harbour Weekly</title><meta property="og:title" content="The winter ferry keeps running"></head>
        <body><div class="posts"><div class="posts-primary"><div class="">{{StreamPost("The winter ferry keeps running", "Dana Whitcomb/Harbour Weekly", "Dana Whitcomb", HarbourText)}}</div></div>
        {{stream}}</div><footer><p>Copyright 2026 Harbour Weekly</p></footer></body></html>
        """;

    [Fact]
    public void A_stream_post_in_a_wrapper_of_its_own_after_the_page_post_gives_no_caption()
    {
        var html = StreamPage($$"""
            <div class="posts-secondary"><div><div class=""><div class="day-header"><h2 class="day-heading"><span>March 2, 2026</span></h2></div>
            {{StreamPost("The swing bridge closes for repairs", "Town Archive", "Ellis Granger", BridgeText)}}</div></div></div>
            """);

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "post.html");

        Assert.Equal(["Dana Whitcomb/Harbour Weekly"], page.Captions);
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_page_post_alone_keeps_its_credit()
    {
        var html = StreamPage(string.Empty);

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "post.html");

        Assert.Equal(["Dana Whitcomb/Harbour Weekly"], page.Captions);
    }
}
