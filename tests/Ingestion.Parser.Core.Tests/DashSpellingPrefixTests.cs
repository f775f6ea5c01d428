using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DashSpellingPrefixTests
{
    private static ParsedPage Parse(string ogTitle, string headline) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>{ogTitle}</title>
        <meta property="og:title" content="{ogTitle}" />
        <meta property="og:site_name" content="Lena Hoff - Stil ab 50" /></head><body>
        <article class="post"><h1 class="entry-title">{headline}</h1>
        <div class="entry-content">
        <p>Ein guter Wintermantel hält zehn Jahre, wenn man ihn pflegt. Ich zeige Euch heute drei Schnitte, die ich selbst trage.</p>
        <p>Der erste ist aus Loden und stammt aus einer kleinen Schneiderei in Oberbayern, die es seit vierzig Jahren gibt.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void The_headline_with_an_en_dash_is_the_title_when_the_metadata_adds_the_site_name_after_a_plain_hyphen()
    {
        var page = Parse("HERBSTMÄNTEL - warm und schick durch den Winter - Lena Hoff - Stil ab 50", "HERBSTMÄNTEL &#8211; warm und schick durch den Winter");

        Assert.Equal("HERBSTMÄNTEL – warm und schick durch den Winter", page.Title);
    }

    [Fact]
    public void The_headline_with_german_low_quotes_is_the_title_when_the_metadata_spells_them_plain_and_adds_the_site()
    {
        var page = Parse("MODE-TIPP - Doku &quot;Mantel 100&quot;: Eine Hommage an den Lodenmantel - Lena Hoff - Stil ab 50",
            "MODE-TIPP &#8211; Doku &#8222;Mantel 100&#8220;: Eine Hommage an den Lodenmantel");

        Assert.Equal("MODE-TIPP – Doku „Mantel 100“: Eine Hommage an den Lodenmantel", page.Title);
    }

    [Theory]
    [InlineData("Doku \"Mantel\" heute", "Doku „Mantel“ heute", true)]
    [InlineData("Doku 'Mantel' heute", "Doku ‚Mantel‘ heute", true)]
    [InlineData("Doku 'Mantel' heute", "Doku „Mantel“ heute", false)]
    [InlineData("Doku »Mantel« heute", "Doku „Mantel“ heute", false)]
    public void A_low_quote_mark_matches_only_a_quote_of_its_own_weight(string text, string prefix, bool opens) =>
        Assert.Equal(opens, DashSpellingPrefix.StartsWith(text, prefix));

    [Theory]
    [InlineData("Mantel - warm und schick", "Mantel – warm und schick", true)]
    [InlineData("Mantel — warm und schick", "Mantel - warm und", true)]
    [InlineData("Mantel: warm und schick", "Mantel - warm und", false)]
    [InlineData("Man", "Mantel", false)]
    public void Only_the_kind_of_dash_may_differ(string text, string prefix, bool opens) =>
        Assert.Equal(opens, DashSpellingPrefix.StartsWith(text, prefix));
}
