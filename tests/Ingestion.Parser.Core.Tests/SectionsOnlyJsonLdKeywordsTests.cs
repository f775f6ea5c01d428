using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionsOnlyJsonLdKeywordsTests
{
    private const string Sections = """
        <meta property="article:section" content="Harbour" /><meta property="article:section" content="Ferries" />
        <meta property="article:section" content="Boards &amp; Councils" /><meta property="article:section" content="Night Service" />
        """;

    private const string TagMetas = """
        <meta property="article:tag" content="ferries" /><meta property="article:tag" content="harbour trustees" /><meta property="article:tag" content="winter timetable" />
        """;

    private static ParsedPage Parse(string keywords, string metas) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour trustees vote to keep the night ferry | Quayside</title>
        {{metas}}
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Harbour trustees vote to keep the night ferry",
        "dateCreated":"2014-06-02T08:07:42+00:00","articleSection":"Harbour","creator":"Dana Whitcomb","keywords":{{keywords}}}</script></head>
        <body><div class="post"><h1>Harbour trustees vote to keep the night ferry</h1>
        <div class="the_content"><p>The harbour trustees voted on Tuesday to keep the night ferry running through the winter, after a crowded hearing.</p>
        <p>Riders from both shores told the board that the last boat is the only way home for workers on the late shift.</p></div></div></body></html>
        """), "story.html");

    [Fact]
    public void Keywords_that_are_all_the_section_metas_give_the_tag_metas()
    {
        var page = Parse("""["Harbour", " Ferries", " Boards &amp; Councils", " Night Service", " Ferries"]""", Sections + TagMetas);

        Assert.Equal(["ferries", "harbour trustees", "winter timetable"], page.Tags);
    }

    [Fact]
    public void Keywords_with_a_word_no_section_names_stay()
    {
        var page = Parse("""["Harbour", "Ferries", "Budget"]""", Sections + TagMetas);

        Assert.Equal(["Harbour", "Ferries", "Budget"], page.Tags);
    }

    [Fact]
    public void Section_keywords_without_tag_metas_stay()
    {
        var page = Parse("""["Harbour", "Ferries", "Night Service"]""", Sections);

        Assert.Equal(["Harbour", "Ferries", "Night Service"], page.Tags);
    }
}
