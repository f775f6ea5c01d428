using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepeatedMarkerTermTests
{
    private const string Text = """
        <div class="ArticleText">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div>
        """;

    private static ParsedPage Parse(string rail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back in service | Harbour Post</title></head><body>
        <div id="Main"><h1>Ferry back in service after two days in port</h1>{{Text}}</div>
        <div id="Sub">{{rail}}</div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_ranking_lists_headlines_beside_the_same_arrow_in_every_term_are_no_captions()
    {
        var page = Parse("""
            <h2>Most read</h2>
            <dl class="Ranking">
            <dt><span><img src="/images/arrow_ranking.gif" alt="arrow"></span></dt>
            <dd><p><a href="/articles/1.html">Guest who stayed all night at the pub came back as the tax inspector</a></p></dd>
            <dt><span><img src="/images/arrow_ranking.gif" alt="arrow"></span></dt>
            <dd><p><a href="/articles/2.html">Northern islands draw interest in a country far away</a></p></dd>
            </dl>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_picture_term_of_its_own_keeps_its_caption()
    {
        var page = Parse("""
            <dl class="photo">
            <dt><img src="/images/pier-2019.jpg" alt="The north pier"></dt>
            <dd>The north pier after the storm. Photo: Harbour Post</dd>
            </dl>
            """);

        Assert.Equal(["The north pier after the storm. Photo: Harbour Post"], page.Captions);
    }
}
