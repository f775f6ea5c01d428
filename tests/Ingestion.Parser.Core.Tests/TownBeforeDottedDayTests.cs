using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TownBeforeDottedDayTests
{
    [Theory]
    [InlineData("Hafenau, ", "4. Mai 2019")]
    [InlineData("Bad-Ostwiek, ", "04.05.2019")]
    public void One_town_before_a_dotted_day_is_a_dateline(string before, string date) => Assert.True(TownBeforeDottedDay.Is(before, date));

    [Theory]
    [InlineData("Greta Amtmann, ", "4. Mai 2019")]
    [InlineData("Hafenau, ", "May 4, 2019")]
    [InlineData("HAFENAU, ", "4. Mai 2019")]
    [InlineData("Hafenau ", "4. Mai 2019")]
    public void A_name_or_another_date_is_no_such_dateline(string before, string date) => Assert.False(TownBeforeDottedDay.Is(before, date));

    [Fact]
    public void A_press_releases_town_and_day_give_the_date_and_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Ministerin eröffnet die neue Fährlinie – Inselamt</title></head><body>
            <div id="content"><span class="press_location_time">Hafenau, 4. Mai 2019</span> &mdash; <small>Mitteilung</small>
            <h2>Ministerin eröffnet die neue Fährlinie</h2>
            <p>Die Ministerin hat am Samstag die neue Fährlinie zwischen den beiden Inseln eröffnet und dankte den Werften für ihre Arbeit.</p>
            <p>Die Schiffe fahren ab Juni jede Stunde, im Winter alle zwei Stunden, und nehmen auch Fahrräder und kleine Lieferwagen mit.</p>
            </div></body></html>
            """), "fähre.html");

        Assert.Empty(page.Authors);
        Assert.Equal("2019-05-04", page.PublishedAt);
    }

    [Fact]
    public void A_writers_name_before_the_dotted_day_stays_the_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Ministerin eröffnet die neue Fährlinie – Inselbote</title></head><body>
            <div id="content"><h1>Ministerin eröffnet die neue Fährlinie</h1><p class="meta">Greta Amtmann, 4. Mai 2019</p>
            <p>Die Ministerin hat am Samstag die neue Fährlinie zwischen den beiden Inseln eröffnet und dankte den Werften für ihre Arbeit.</p>
            <p>Die Schiffe fahren ab Juni jede Stunde, im Winter alle zwei Stunden, und nehmen auch Fahrräder und kleine Lieferwagen mit.</p>
            </div></body></html>
            """), "fähre.html");

        Assert.Equal(["Greta Amtmann"], page.Authors);
    }
}
