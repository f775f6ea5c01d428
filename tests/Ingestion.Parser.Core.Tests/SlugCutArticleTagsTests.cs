using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlugCutArticleTagsTests
{
    private static ParsedPage Parse(string address, string articleTags) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night ferry keeps its late run | Harbour News</title>
        <meta property="og:site_name" content="Harbour News">
        <link rel="canonical" href="{{address}}">
        {{articleTags}}
        </head><body>
        <article><h1>Night ferry keeps its late run</h1>
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        </article>
        <div class="related_entities tags-element"><a href="/latest/transport">Transport</a> <a href="/latest/local-politics">Local politics</a></div>
        </body></html>
        """), "ferry.html");

    private const string SlugCutMetas = """
        <meta property="article:tag" content="night ferry keeps late run">
        <meta property="article:tag" content="harbour board">
        <meta property="article:tag" content="piers">
        """;

    [Fact]
    public void Tag_metas_that_spell_the_pages_address_slug_give_way_to_the_tag_row_it_shows()
    {
        var page = Parse("https://harbour.example/news/1830835/night-ferry-keeps-late-run-harbour-board", SlugCutMetas);

        Assert.Equal(["Transport", "Local politics"], page.Tags);
    }

    [Fact]
    public void Tag_metas_of_other_words_than_the_slug_stay_the_list()
    {
        var page = Parse("https://harbour.example/news/1830835/night-ferry-keeps-late-run-harbour-board", """
            <meta property="article:tag" content="Ferries">
            <meta property="article:tag" content="Harbour Board">
            """);

        Assert.Equal(["Ferries", "Harbour Board"], page.Tags);
    }

    [Fact]
    public void The_recognizer_wants_the_leading_tags_to_spell_the_whole_slug_in_two_pieces_at_least()
    {
        string[] address = ["https://harbour.example/news/1830835/night-ferry-keeps-late-run-harbour-board/?ref=rss"];

        Assert.True(SlugCutArticleTags.Are(["night ferry keeps late run", "harbour board", "piers"], address));
        Assert.True(SlugCutArticleTags.Are(["Night Ferry Keeps Late Run", "Harbour Board"], ["/news/night-ferry-keeps-late-run-harbour-board.html"]));
        Assert.False(SlugCutArticleTags.Are(["night ferry keeps late run harbour board", "piers"], address));
        Assert.False(SlugCutArticleTags.Are(["harbour board", "night ferry keeps late run"], address));
        Assert.False(SlugCutArticleTags.Are(["night ferry keeps late run", "harbour"], address));
        Assert.False(SlugCutArticleTags.Are(["harbour", "board"], ["https://harbour.example/news/harbour-board"]));
    }
}
