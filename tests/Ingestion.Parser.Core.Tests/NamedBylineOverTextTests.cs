using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NamedBylineOverTextTests
{
    [Theory]
    [InlineData("By Janelle Ortiz")]
    [InlineData("By Marc-André Tremblay and Simone Achebe")]
    public void A_byline_naming_writers_alone_heads_the_text(string line) =>
        Assert.True(NamedBylineOverText.Is(new PageLines(TextLine.Split(line)), 0));

    [Theory]
    [InlineData("Publié le 27/11/2014 à 14:05")]
    [InlineData("Réactions (23)")]
    [InlineData("09/24/2013 22:14")]
    [InlineData("Gregory Tannenbaum, The National Ledger 6:02 p.m. EDT September 26, 2013")]
    public void A_date_count_or_dated_byline_ends_a_byline_block_over_a_chapo(string line) =>
        Assert.False(NamedBylineOverText.Is(new PageLines(TextLine.Split(line)), 0));

    [Fact]
    public void A_named_byline_under_the_date_line_closes_a_block_printed_the_other_way_round()
    {
        var lines = new PageLines(TextLine.Split("Publié le 27/11/2014 à 14:05\nPar Antoine Lemaire"));
        Assert.False(NamedBylineOverText.Is(lines, 1));
    }

    [Fact]
    public void The_first_paragraph_under_a_named_byline_stays_in_the_body()
    {
        var page = LabelledPages.SplitAsJson(
            "Millrace Daily\n\nCouncil votes to put meters back on Canal Street\n\nBy Janelle Ortiz\n\n"
            + "The city council voted 5-2 Wednesday night to bring back parking meters on four blocks of Canal Street, two years after it pulled them out.\n\n"
            + "Cars fill the free spaces on Canal Street on Wednesday afternoon. (Photo by Sam Whitcomb)\n\n"
            + "The meters will charge $1 an hour from 9 a.m. to 6 p.m. Monday through Saturday, starting November 1. Sundays and evenings stay free.\n",
            "page.txt");
        var body = System.Text.Json.JsonDocument.Parse(page).RootElement.GetProperty("body_paragraphs");
        Assert.StartsWith("The city council voted 5-2", body[0].GetString());
    }

    [Fact]
    public void A_chapo_under_the_date_line_of_a_byline_block_stays_out_of_the_body()
    {
        var page = LabelledPages.SplitAsJson(
            "Les agriculteurs bloquent Paris\n\nPar Antoine Lemaire\nPublié le 27/11/2014 à 14:05\n\n"
            + "Près de 800 tracteurs ont convergé jeudi matin vers Paris. La FNSEA réclame un moratoire sur les nouvelles règles environnementales.\n\n"
            + "Des tracteurs stationnés porte Maillot, jeudi matin. Crédits photo : Jean Dupré\n\n"
            + "Les premiers convois sont arrivés vers six heures par l'autoroute A6, avant de rejoindre le périphérique où la circulation a été ralentie toute la matinée.\n",
            "page.txt");
        var body = System.Text.Json.JsonDocument.Parse(page).RootElement.GetProperty("body_paragraphs");
        Assert.StartsWith("Les premiers convois", body[0].GetString());
    }
}
