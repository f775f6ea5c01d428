using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>An author meta naming the first writer only gives way to the shown byline naming both (CoWritersBesideMetaAuthor).</summary>
public class CoWritersBesideMetaAuthorTests
{
    private static ParsedPage Parse(string metaAuthor, string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour wall gives way | Harbour Gazette</title>
        <meta name="author" content="{{metaAuthor}}"/></head><body>
        <article><header><h1>Harbour wall gives way after storm</h1>
        <div class="byline">{{byline}}</div></header>
        <div class="story-content"><p>The old harbour wall at the north quay gave way during the night after the storm surge rose higher than forecast.</p>
        <p>Residents said the water reached the doors of the fish market before dawn, and council crews closed the road.</p>
        <p>The council said repairs would start next week once engineers had surveyed the damage.</p></div></article>
        </body></html>
        """), "harbour-wall.html");

    [Fact]
    public void Shown_byline_naming_the_meta_writer_and_another_wins()
    {
        Assert.Equal(["Mara Quell", "Tobin Ashgrove"], Parse("Mara  Quell", """By <a class="author" href="/journalists/mara-quell">Mara Quell and Tobin Ashgrove</a>""").Authors);
    }

    [Fact]
    public void Shown_byline_naming_someone_else_leaves_the_meta()
    {
        Assert.Equal(["Dora Vell"], Parse("Dora Vell", """By <a class="author" href="/journalists/mara-quell">Mara Quell and Tobin Ashgrove</a>""").Authors);
    }

    [Fact]
    public void One_shown_name_leaves_the_meta()
    {
        Assert.Equal(["Mara Quell"], Parse("Mara Quell", """By <a class="author" href="/journalists/mara-quell">Mara Quell</a>""").Authors);
    }

    private static ParsedPage ParseJsonLd(string personName, string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$$"""
        <html><head><title>Harbour wall gives way | Harbour Gazette</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall gives way after storm",
        "datePublished":"2023-11-02T16:33:38+01:00","author":{"@type":"Person","name":"{{{personName}}}"}}</script></head><body>
        <article><header><h1>Harbour wall gives way after storm</h1>
        <address class="authorsign"><span class="authorsign-label">{{{byline}}}</span></address></header>
        <div class="story-content"><p>The old harbour wall at the north quay gave way during the night after the storm surge rose higher than forecast.</p>
        <p>Residents said the water reached the doors of the fish market before dawn, and council crews closed the road.</p>
        <p>The council said repairs would start next week once engineers had surveyed the damage.</p></div></article>
        </body></html>
        """), "harbour-wall-jsonld.html");

    [Fact]
    public void Shown_byline_naming_the_json_ld_person_and_a_co_writer_wins()
    {
        Assert.Equal(["Mara Quell", "Tobin Ashgrove"], ParseJsonLd("Mara Quell", "Mara Quell et Tobin Ashgrove").Authors);
    }

    [Fact]
    public void Shown_byline_naming_others_than_the_json_ld_person_leaves_the_json_ld()
    {
        Assert.Equal(["Dora Vell"], ParseJsonLd("Dora Vell", "Mara Quell et Tobin Ashgrove").Authors);
    }
}
