using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RecordIdKeywordsTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Keeps Its Late Run - Harbor News</title>
        <meta property="og:site_name" content="Harbor News">
        <meta name="keywords" content="{{keywords}}">
        <script type="application/ld+json">{"@context":"http://schema.org/","@type":"NewsArticle","headline":"Night Ferry Keeps Its Late Run","keywords":"{{keywords}}","datePublished":"2023-11-09T04:15:00.000Z"}</script>
        </head><body>
        <article><h1>Night Ferry Keeps Its Late Run</h1>
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        </article>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_keyword_list_holding_the_records_number_names_no_tags()
    {
        Assert.Empty(Parse("Article, 104746419").Tags);
    }

    [Fact]
    public void A_keyword_list_with_a_short_number_among_its_words_keeps_its_tags()
    {
        Assert.Equal(["Route 66", "Ferries"], Parse("Route 66, Ferries").Tags);
    }

    [Fact]
    public void The_recognizer_takes_a_bare_number_of_six_digits_or_more_only()
    {
        Assert.True(RecordIdKeywords.Is(["Article", "104746419"]));
        Assert.False(RecordIdKeywords.Is(["2024", "Harbour board"]));
        Assert.False(RecordIdKeywords.Is(["Pier 104746419 lights"]));
    }
}
