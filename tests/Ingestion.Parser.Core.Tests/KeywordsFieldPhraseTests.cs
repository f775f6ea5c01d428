using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KeywordsFieldPhraseTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html lang="en"><head><title>Harbour board names ferry safety panel</title>
        <meta property="og:title" content="Harbour board names ferry safety panel" />
        <script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Harbour board names ferry safety panel","keywords":"{{keywords}}","datePublished":"2024-02-09T09:59:25+00:00"}]}</script>
        </head><body><article><h1>Harbour board names ferry safety panel</h1>
        <div class="entry-content"><p>The harbour board has named twelve skippers, two engineers and a weather officer to a new panel on ferry safety.</p>
        <p>The panel will meet every month and report to the board on the timetable, the crossings in fog and the new pier.</p></div>
        <div class="c-tags"></div>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void A_json_ld_keywords_phrase_of_capitalised_words_is_one_tag()
    {
        Assert.Equal(["Harbour Ferry Safety Panel"], Parse("Harbour Ferry Safety Panel").Tags);
    }

    [Fact]
    public void Json_ld_keywords_separated_by_commas_stay_one_tag_each()
    {
        Assert.Equal(["Harbour Board", "Ferries", "Fog Crossings"], Parse("Harbour Board, Ferries, Fog Crossings").Tags);
    }

    [Fact]
    public void A_rendered_tag_row_of_capitalised_words_run_together_is_still_read_one_tag_a_word()
    {
        Assert.Equal(["Ferries", "Timetable", "Fog"], TagLineParser.Split("Ferries Timetable Fog"));
        Assert.Equal(["Ferries Timetable Fog"], KeywordsFieldPhrase.Split("Ferries Timetable Fog"));
    }
}
