using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DataStampedRelativeTimeTests
{
    private static ParsedPage Parse(string time) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harriers name Ada Reyes as head coach</title></head><body>
        <article class="content"><header><h1>Harriers name Ada Reyes as head coach</h1>
        <ul class="meta"><li><a href="/User/KaiMonroe">Kai Monroe</a> - {{time}}</li></ul></header>
        <section class="body">
        <p>The Harriers have promoted their defensive coordinator Ada Reyes to head coach, the club announced on Friday morning after a week of interviews.</p>
        <p>Reyes had run the defence for the past two seasons, in which the side conceded fewer points than any other team in the league.</p>
        </section></article></body></html>
        """), "coach.html");

    [Fact]
    public void A_relative_time_keeps_its_instant_in_a_data_attribute()
    {
        var page = Parse("""<time data-published="2016-12-09 09:13:00Z"> 4 hours ago </time>""");
        Assert.Equal("2016-12-09T09:13:00+00:00", page.PublishedAt);
    }

    [Fact]
    public void A_data_attribute_without_a_date_gives_no_time()
    {
        var page = Parse("""<time data-published="pending"> 4 hours ago </time>""");
        Assert.Null(page.PublishedAt);
    }
}
