using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionInJsonLdKeywordsTests
{
    private static ParsedPage Parse(string keywords, string articleTags, string section = "Movies") => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Castle Films may reissue its first westerns | Reelside</title>
        <meta property="article:section" content="{{section}}" />
        {{articleTags}}
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Castle Films may reissue its first westerns",
        "dateCreated":"2019-03-02T01:18:13Z","articleSection":"{{section}}","creator":"JHarlan","keywords":{{keywords}}}</script></head>
        <body><article><h1>Castle Films may reissue its first westerns</h1>
        <div class="entry-content"><p>Castle Films is said to be restoring the three westerns that made its name, for the studio's fiftieth year.</p>
        <p>Collectors have asked for the original cuts since the studio last reissued the films on tape.</p></div></article></body></html>
        """), "story.html");

    private const string ThreeTags = """
        <meta property="article:tag" content="Castle Films" /><meta property="article:tag" content="Jo Harlan" /><meta property="article:tag" content="Westerns" />
        """;

    [Fact]
    public void Keywords_of_the_section_and_the_tag_metas_with_a_repeat_give_the_tag_metas()
    {
        var page = Parse("""["Movies", "Castle Films", "Jo Harlan", "Westerns", "Castle Films"]""", ThreeTags);

        Assert.Equal(["Castle Films", "Jo Harlan", "Westerns"], page.Tags);
    }

    [Fact]
    public void Keywords_naming_a_word_no_tag_meta_names_stay()
    {
        var page = Parse("""["Movies", "Castle Films", "Jo Harlan", "Westerns", "Reissues"]""", ThreeTags);

        Assert.Equal(["Movies", "Castle Films", "Jo Harlan", "Westerns", "Reissues"], page.Tags);
    }

    [Fact]
    public void Keywords_missing_one_of_the_tag_metas_stay()
    {
        var page = Parse("""["Movies", "Castle Films", "Jo Harlan"]""", ThreeTags + """<meta property="article:tag" content="Reissues" />""");

        Assert.Equal(["Movies", "Castle Films", "Jo Harlan"], page.Tags);
    }

    [Fact]
    public void Keywords_without_tag_metas_stay()
    {
        var page = Parse("""["Movies", "Castle Films", "Westerns"]""", "");

        Assert.Equal(["Movies", "Castle Films", "Westerns"], page.Tags);
    }

    [Fact]
    public void Keywords_that_only_repeat_the_section_give_no_tags()
    {
        var page = Parse("\"news\"", "", section: "News");

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_keyword_beside_another_section_stays()
    {
        var page = Parse("\"News\"", "", section: "World");

        Assert.Equal(["News"], page.Tags);
    }
}
