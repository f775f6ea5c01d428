using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RankMathFocusKeywordsTests
{
    private static ParsedPage Parse(string schemaClass, string keywords) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html lang="de"><head><title>Fährfest am Südkai - Tipps</title>
        <meta property="og:title" content="Fährfest am Südkai - Tipps" />
        <meta property="article:tag" content="Fährfest" />
        <meta property="article:tag" content="Hafen" />
        <meta property="article:tag" content="Südkai" />
        <script type="application/ld+json" class="{{schemaClass}}">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Fährfest am Südkai - Tipps","keywords":"{{keywords}}","datePublished":"2023-10-31T08:22:26+01:00"}]}</script>
        </head><body><article><h1>Fährfest am Südkai – Tipps</h1>
        <div class="entry-content"><p>Am Dienstag legt die neue Fähre zum ersten Mal am Südkai an, und der Hafenverein lädt alle zum Fest ein.</p>
        <p>Ab 16 Uhr gibt es Musik auf dem Kai, Kaffee im Zollhaus und Führungen über das Schiff für alle, die mögen.</p></div>
        </article></body></html>
        """), "page.html");

    [Theory]
    [InlineData("rank-math-schema")]
    [InlineData("rank-math-schema-pro")]
    public void Rank_maths_focus_keywords_give_way_to_the_posts_article_tag_metas(string schemaClass)
    {
        var page = Parse(schemaClass, "Hafenstadt,Fährfest am Südkai,Hafenfest mit Musik,Neue Fähre im Hafen");

        Assert.Equal(["Fährfest", "Hafen", "Südkai"], page.Tags);
    }

    [Fact]
    public void Keywords_of_another_plugins_schema_stay_the_tags()
    {
        var page = Parse("yoast-schema-graph", "Hafenstadt,Fährfest am Südkai,Hafenfest mit Musik,Neue Fähre im Hafen");

        Assert.Equal(["Hafenstadt", "Fährfest am Südkai", "Hafenfest mit Musik", "Neue Fähre im Hafen"], page.Tags);
    }
}
