using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnfilledKeywordsPlaceholderTests
{
    private static ParsedPage Parse(string metas) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back | Harbour Post</title>{{metas}}</head><body>
        <article><h1>Ferry back in service after the storm</h1><p class="byline">By Marta Olsen</p>
        <div class="article-content">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("%tags%")]
    [InlineData("{{keywords}}")]
    [InlineData("[post_tags]")]
    public void An_unfilled_placeholder_gives_way_to_the_keywords_meta(string placeholder)
    {
        var page = Parse($"""<meta name="news_keywords" content="{placeholder}"><meta name="keywords" content="ferries, harbour, storms">""");
        Assert.Equal(["ferries", "harbour", "storms"], page.Tags);
    }

    [Fact]
    public void A_filled_news_keywords_meta_still_gives_the_tags()
    {
        var page = Parse("""<meta name="news_keywords" content="island ferry, weather"><meta name="keywords" content="ferries, harbour, storms">""");
        Assert.Equal(["island ferry", "weather"], page.Tags);
    }

    [Theory]
    [InlineData("%tags%", true)]
    [InlineData("{tags}", true)]
    [InlineData("${keywords}", true)]
    [InlineData("harbour, ferries", false)]
    [InlineData("100%", false)]
    public void Placeholders_are_one_name_in_a_templates_marks(string value, bool expected) =>
        Assert.Equal(expected, UnfilledKeywordsPlaceholder.Is(value));
}
