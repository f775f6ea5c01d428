using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionPrefixedKeywordTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>The harbour clock has run backwards since Sunday - Quayside Curios</title>
        <meta property="article:tag" content="odd clocks" /><meta property="article:tag" content="harbours" />
        <script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"The harbour clock has run backwards since Sunday",
        "datePublished":"2017-06-21T09:51:00-04:00","articleSection":"nil","author":{"@type":"Person","name":"Ada Penhallow"},"keywords":{{keywords}}}]</script></head>
        <body><article><h1>The harbour clock has run backwards since Sunday</h1>
        <section class="article-body"><p>The clock over the ferry office has been turning its hands the wrong way since a storm on Sunday night.</p>
        <p>The harbour board says a mechanic will climb the tower on Friday, and asks travellers to trust the timetable boards.</p></section></article></body></html>
        """), "story.html");

    [Theory]
    [InlineData("section-Articles")]
    [InlineData("section:news")]
    [InlineData("Section_Features")]
    public void A_keyword_naming_itself_a_section_beside_the_tag_metas_is_no_tag(string section)
    {
        var page = Parse($$"""["odd clocks", "harbours", "{{section}}"]""");

        Assert.Equal(["odd clocks", "harbours"], page.Tags);
    }

    [Fact]
    public void A_keyword_naming_itself_a_section_without_tag_metas_is_no_tag()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>The harbour clock has run backwards since Sunday</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The harbour clock has run backwards since Sunday",
            "datePublished":"2017-06-21T09:51:00-04:00","keywords":["odd clocks", "harbours", "section-Articles"]}</script></head>
            <body><article><h1>The harbour clock has run backwards since Sunday</h1>
            <section class="article-body"><p>The clock over the ferry office has been turning its hands the wrong way since a storm on Sunday night.</p>
            <p>The harbour board says a mechanic will climb the tower on Friday, and asks travellers to trust the timetable boards.</p></section></article></body></html>
            """), "story.html");

        Assert.Equal(["odd clocks", "harbours"], page.Tags);
    }

    [Fact]
    public void A_keyword_that_only_opens_with_the_word_section_is_a_tag()
    {
        var page = Parse("""["odd clocks", "harbours", "section 8 housing"]""");

        Assert.Equal(["odd clocks", "harbours", "section 8 housing"], page.Tags);
    }

    [Theory]
    [InlineData("section-Articles", true)]
    [InlineData("section:news", true)]
    [InlineData("sections", false)]
    [InlineData("section-", false)]
    [InlineData("intersection-safety", false)]
    [InlineData("section-by section review", false)]
    public void Only_the_word_section_joined_to_one_more_word_names_a_section(string keyword, bool isSection) =>
        Assert.Equal(isSection, SectionPrefixedKeyword.Is(keyword));
}
