using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DashRunKeywordsTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Le conseil vote le budget du port</title>
        <meta name="keywords" content="{keywords}">
        </head><body>
        <h1>Le conseil vote le budget du port</h1>
        <div class="entry"><p>Le conseil municipal a adopté mardi soir le budget du port, après trois heures de débat et deux amendements rejetés.</p>
        <p>Les travaux du quai commenceront au printemps, a précisé la mairesse à la sortie de la séance publique.</p></div>
        </body></html>
        """), "page.html");

    [Fact]
    public void A_keywords_meta_of_sections_run_together_with_dashes_gives_no_tags()
    {
        var page = Parse("Blogues - Actualites - International- National- Cinema - Technologie - Habitation - Sports - Voyages");

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void Keywords_separated_by_commas_still_give_tags_with_hyphenated_words()
    {
        var page = Parse("budget, port, Saint-Jean-Port-Joli, quai");

        Assert.Equal(["budget", "port", "Saint-Jean-Port-Joli", "quai"], page.Tags);
    }

    [Theory]
    [InlineData("Sports - Hockey")]
    [InlineData("COVID-19, Saint-Jean-Port-Joli, Trois-Rivières")]
    public void Fewer_than_four_spaced_dashes_are_no_run(string keywords) =>
        Assert.False(DashRunKeywords.Is([keywords]));
}
