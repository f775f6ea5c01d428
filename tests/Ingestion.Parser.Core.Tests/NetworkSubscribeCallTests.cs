using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NetworkSubscribeCallTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>A rest day with a marathon champion</title><meta property="og:site_name" content="Trail Runner's Weekly"></head>
        <body><main><article><h1>A rest day with a marathon champion</h1>
        <div class="article-content"><p>The two-time champion sat down with us at her kitchen table and talked about the race that got away, her dog and the coach she left.</p>
        <p>For a break from the news this week, put your feet up and watch the clip above to see how she spends a day without running.</p>
        <p><strong><em>{{closing}}</em></strong></p></div>
        </article></main></body></html>
        """), "page.html");

    [Theory]
    [InlineData("For race films, shoe reviews, and more, <a href=\"https://video.example/channel/trail\">subscribe on YouTube!</a>")]
    [InlineData("Want more interviews like this? Subscribe to our YouTube channel.")]
    public void The_sites_call_to_subscribe_to_its_channel_under_the_text_is_no_paragraph(string closing)
    {
        var page = Parse(closing);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("For a break from the news", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_reporting_a_call_to_subscribe_stays_in_the_text()
    {
        var page = Parse("By the end of the week she had asked her fans to subscribe on YouTube.");
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("For race films, shoe reviews, and more, subscribe on YouTube!", true)]
    [InlineData("Subscribe to our YouTube channel.", true)]
    [InlineData("Follow us on Instagram.", true)]
    [InlineData("By the end of the week she had asked her fans to subscribe on YouTube.", false)]
    [InlineData("For race films and more, subscribe to the newsletter!", false)]
    [InlineData("For race films, shoe reviews, and more, subscribe on YouTube", false)]
    public void Only_a_closing_imperative_clause_that_names_a_network(string line, bool expected)
    {
        Assert.Equal(expected, NetworkSubscribeCall.Is(line));
    }
}
