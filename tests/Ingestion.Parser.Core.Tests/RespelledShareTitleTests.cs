using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RespelledShareTitleTests
{
    private static ParsedPage Parse(string shareTitle, string heading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{heading}} | Harbour Post</title>
        <meta property="og:title" content="{{shareTitle}}"><meta property="og:site_name" content="Harbour Post"></head><body>
        <article><h1>{{heading}}</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="article-content">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_title_cased_share_title_with_typewriter_quotes_gives_way_to_the_headline_as_shown()
    {
        var page = Parse("'Old Grey' Ferry Returns to Service but It's Running Late", "‘Old Grey’ ferry returns to service but it’s running late");
        Assert.Equal("‘Old Grey’ ferry returns to service but it’s running late", page.Title);
    }

    [Theory]
    [InlineData("RespelledShareTitle", "Old Grey Ferry Returns to Service", "Old grey ferry returns to service", true)]
    [InlineData("RespelledShareTitle", "Old Grey Ferry Returns to Service", "Old grey ferry returned to service", false)]
    [InlineData("RespelledShareTitle", "Old grey ferry returns to service", "OLD GREY FERRY RETURNS TO SERVICE", false)]
    [InlineData("RespelledShareTitle", "Ferry - the \"Old Grey\" is back", "Ferry – the “Old Grey” is back", true)]
    [InlineData("SingleQuotedShareTitle", "Harbour master: 'We keep the ferry running'", "Harbour master: \"We keep the ferry running\"", true)]
    [InlineData("SingleQuotedShareTitle", "Harbour master: 'We keep the ferry running'", "Harbour master: \"We keep the ferries running\"", false)]
    public void Only_case_quotes_and_dashes_may_differ(string _, string title, string shown, bool respelled) =>
        Assert.Equal(respelled, RespelledShareTitle.Is(title, shown));
}
