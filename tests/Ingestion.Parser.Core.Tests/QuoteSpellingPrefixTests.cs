using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>DashSpellingPrefix's widening: typewriter quotes in the metadata, curled ones in the h1.</summary>
public class QuoteSpellingPrefixTests
{
    private const string Page = """
        <html><head><title>Harbour Report: It's a Good Week for the 'Night Ferry' | Harbour Weekly</title>
        <meta property="og:title" content="Harbour Report: It's a Good Week for the 'Night Ferry' | Harbour Weekly">
        <meta property="og:site_name" content="Harbour Weekly"></head><body>
        <article><h1 class="entry-title">Harbour Report: It’s a Good Week for the ‘Night Ferry’</h1>
        <div class="entry-content"><p>The night ferry carried more passengers this week than in any week since the route opened, the operator said on Sunday.</p>
        <p>The late crossing was full on three nights, and a second boat was added on Saturday to take the crowd home.</p></div></article>
        </body></html>
        """;

    [Fact]
    public void The_shown_headline_wins_over_the_site_suffixed_share_title_with_other_quotes()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal("Harbour Report: It’s a Good Week for the ‘Night Ferry’", page.Title);
    }

    [Theory]
    [InlineData("It's a 'Ferry' | Site", "It’s a ‘Ferry’", true)]
    [InlineData("He said \"no\" | Site", "He said “no”", true)]
    [InlineData("It's a 'Ferry' | Site", "It“s a ‘Ferry’", false)]
    public void Quote_marks_match_their_own_kind_only(string text, string prefix, bool expected) =>
        Assert.Equal(expected, DashSpellingPrefix.StartsWith(text, prefix));
}
