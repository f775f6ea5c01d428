using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CompoundBodyNameFormTests
{
    [Theory]
    [InlineData("Landwirtschaftsministerium der Republik Nordland")]
    [InlineData("Bundesamt für Seeverkehr")]
    [InlineData("Kulturstiftung des Landes Hafenau")]
    public void A_german_bodys_name_with_its_kind_glued_to_the_first_word_is_no_writer(string author) =>
        Assert.True(CompoundBodyNameForm.Is(author));

    [Theory]
    [InlineData("Walther von der Vogelweide")]
    [InlineData("Greta Amtmann")]
    [InlineData("Bundesamt")]
    [InlineData("Stiftung der kleinen Dinge")]
    [InlineData("Kulturamt Hafenau")]
    public void A_persons_name_or_another_form_stays(string author) => Assert.False(CompoundBodyNameForm.Is(author));

    [Fact]
    public void A_ministrys_author_meta_names_no_writer_of_its_press_release()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Ministerin eröffnet die neue Fährlinie – Ministerium Nordland</title>
            <meta name="author" content="Verkehrsministerium der Republik Nordland"></head><body>
            <div id="content"><span class="press_date">Hafenau, 4. Mai 2019</span>
            <h2>Ministerin eröffnet die neue Fährlinie</h2>
            <p>Die Ministerin hat am Samstag die neue Fährlinie zwischen den beiden Inseln eröffnet und dankte den Werften für ihre Arbeit.</p>
            <p>Die Schiffe fahren ab Juni jede Stunde, im Winter alle zwei Stunden, und nehmen auch Fahrräder und kleine Lieferwagen mit.</p>
            </div></body></html>
            """), "fähre.html");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writers_author_meta_stays()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Ministerin eröffnet die neue Fährlinie – Inselbote</title>
            <meta name="author" content="Greta Amtmann"></head><body>
            <div id="content"><h1>Ministerin eröffnet die neue Fährlinie</h1>
            <p>Die Ministerin hat am Samstag die neue Fährlinie zwischen den beiden Inseln eröffnet und dankte den Werften für ihre Arbeit.</p>
            <p>Die Schiffe fahren ab Juni jede Stunde, im Winter alle zwei Stunden, und nehmen auch Fahrräder und kleine Lieferwagen mit.</p>
            </div></body></html>
            """), "fähre.html");

        Assert.Equal(["Greta Amtmann"], page.Authors);
    }
}
