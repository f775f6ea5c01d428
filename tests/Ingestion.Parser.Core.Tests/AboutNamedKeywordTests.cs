using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AboutNamedKeywordTests
{
    private const string SubjectKeywords = "General news, Transportation, Maritime transport, Shipping, Local governments, Municipal budgets, Public finance, Government and politics, Ferries, Regional news, Travel, Infrastructure";

    private static ParsedPage Parse(string keywords, string about) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$$"""
        <html><head><title>Council closes its northern crossing - Harbour News</title>
        <meta name="keywords" content="{{{keywords}}}">
        <meta name="description" content="The last boat will leave the pier in October, the council said on Sunday.">
        <meta property="og:site_name" content="Harbour News">
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Council closes its northern crossing","datePublished":"2020-08-02T19:19:00Z","about":{{{about}}},"publisher":{"@type":"Organization","name":"Harbour News"}}</script>
        </head><body><article>
        <h1>Council closes its northern crossing</h1>
        <p>The boat that has crossed the northern sound since 1980 will make its last run in October, the council said on Sunday.</p>
        <p>It carried fewer than forty passengers a day last winter, and its two engines need replacing at a price the council cannot meet.</p>
        </article></body></html>
        """), "crossing.html");

    [Fact]
    public void A_long_subject_list_holding_the_articles_about_name_is_the_tags() =>
        Assert.Equal(12, Parse(SubjectKeywords, """{"@type":"Thing","name":"Ferries"}""").Tags.Count);

    [Fact]
    public void An_about_given_as_text_or_in_an_array_counts_too()
    {
        Assert.Equal(12, Parse(SubjectKeywords, "\"ferries\"").Tags.Count);
        Assert.Equal(12, Parse(SubjectKeywords, """[{"@type":"Thing","name":"Weather"},{"@type":"Thing","name":"Ferries"}]""").Tags.Count);
    }

    [Fact]
    public void A_long_unrelated_list_whose_entries_do_not_name_the_about_gives_no_tags()
    {
        Assert.Empty(Parse(SubjectKeywords, """{"@type":"Thing","name":"Elections"}""").Tags);
        Assert.Empty(Parse(SubjectKeywords, """{"@type":"Thing","name":"Ferry"}""").Tags);
    }

    [Theory]
    [InlineData("Ferries", true)]
    [InlineData("ferries", true)]
    [InlineData("Ferry services", false)]
    public void Only_a_whole_entry_equal_to_an_about_name_makes_the_list_the_storys(string about, bool own) =>
        Assert.Equal(own, AboutNamedKeyword.In(["General news", "Ferries", "Travel"], [about]));
}
