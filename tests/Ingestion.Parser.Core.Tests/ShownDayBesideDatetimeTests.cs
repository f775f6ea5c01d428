using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownDayBesideDatetimeTests
{
    private static ParsedPage Parse(string time) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Le quai reste fermé - Gazette du Port</title></head><body>
        <main><article>
        <header><h1>Le quai reste fermé</h1><div class="time">{{time}}</div></header>
        <div class="texte">
        <p>Le conseil du port a voté mardi la fermeture du quai nord jusqu'à la fin des travaux de l'hiver prochain.</p>
        <p>L'équipage avait demandé cette fermeture après un été où plus de deux cents bateaux ont accosté chaque semaine.</p>
        </div>
        </article></main>
        </body></html>
        """), "quai.html");

    [Fact]
    public void A_datetime_days_away_from_the_shown_date_gives_way_to_the_shown_day()
    {
        var page = Parse("""<time datetime="2014-03-09T10:18:46Z">Publié le 4 mars 2014</time>""");

        Assert.Equal("2014-03-04", page.PublishedAt);
    }

    [Theory]
    [InlineData("""<time datetime="2014-03-04T23:30:00Z">Publié le 5 mars 2014</time>""", "2014-03-04T23:30:00+00:00")]
    [InlineData("""<time datetime="2014-03-09T10:18:46Z">il y a 2 heures</time>""", "2014-03-09T10:18:46+00:00")]
    public void A_zone_s_day_apart_or_a_relative_time_leaves_the_datetime(string time, string expected)
    {
        var page = Parse(time);

        Assert.Equal(expected, page.PublishedAt);
    }
}
