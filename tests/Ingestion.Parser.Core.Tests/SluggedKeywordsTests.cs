using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SluggedKeywordsTests
{
    private static ParsedPage Parse(string keywordsJson, string articleTags) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Keeps Its Late Run | Harbor News</title>
        <meta property="og:site_name" content="Harbor News">
        <meta property="article:tag" content="{{articleTags}}">
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Night Ferry Keeps Its Late Run","keywords":{{keywordsJson}},"datePublished":"2023-11-09T05:51:37Z"}</script>
        </head><body>
        <article><h1>Night Ferry Keeps Its Late Run</h1>
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        </article>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void Keywords_that_are_the_tag_metas_slugs_give_the_tags_as_words()
    {
        var page = Parse("""["harbor-board","night-ferry","dana-ruiz","type: news"]""", "Harbor Board,Night Ferry ,Dana Ruiz");

        Assert.Equal(["Harbor Board", "Night Ferry", "Dana Ruiz"], page.Tags);
    }

    [Fact]
    public void Keywords_naming_a_topic_the_metas_lack_stay_the_list()
    {
        var page = Parse("""["harbor-board","night-ferry","winter-timetable"]""", "Harbor Board,Night Ferry");

        Assert.Equal(["harbor-board", "night-ferry", "winter-timetable"], page.Tags);
    }

    [Fact]
    public void The_recognizer_wants_every_meta_tag_slugged_and_no_other_word()
    {
        Assert.Equal(["Night Ferry", "Piers"], SluggedKeywords.TagsInstead(["night-ferry", "piers", "type: news"], ["Night Ferry", "Piers"]));
        Assert.Null(SluggedKeywords.TagsInstead(["night-ferry"], ["Night Ferry", "Piers"]));
        Assert.Null(SluggedKeywords.TagsInstead(["Night Ferry", "Piers"], ["Night Ferry", "Piers"]));
        Assert.Null(SluggedKeywords.TagsInstead(["night-ferry", "Harbor News: Ferries"], ["Night Ferry"]));
        Assert.Equal("joe-biden", SluggedKeywords.Slug("Joe Biden "));
    }
}
