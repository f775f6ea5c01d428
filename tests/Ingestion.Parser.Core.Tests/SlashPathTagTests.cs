using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlashPathTagTests
{
    private static ParsedPage Parse(string tags) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>Harbour board raises ferry fares | Coast Wire</title>
        <meta property="article:tag" content="{tags}"></head><body>
        <h1>Harbour board raises ferry fares</h1>
        <div class="article-body">
        <p>The harbour board voted on Tuesday to raise ferry fares from April, citing a year of rising fuel bills and repairs.</p>
        <p>A single ticket will cost twenty cents more, and the monthly pass four dollars more, the board's chairman said.</p>
        <p>Riders' groups said they would ask the council to restore the subsidy it cut last autumn.</p>
        </div></body></html>
        """), "fares.html");

    [Fact]
    public void A_joined_list_of_taxonomy_paths_is_split_into_its_tags()
    {
        var page = Parse("Harbour Board,Ferries,Transport / Shipping / Port Authorities,Local Government / Council Budgets");
        Assert.Equal(["Harbour Board", "Ferries", "Transport / Shipping / Port Authorities", "Local Government / Council Budgets"], page.Tags);
    }

    [Fact]
    public void A_list_joined_with_spaced_commas_is_split_the_same()
    {
        var page = Parse("Harbour Board, Ferries, Transport / Shipping / Port Authorities");
        Assert.Equal(["Harbour Board", "Ferries", "Transport / Shipping / Port Authorities"], page.Tags);
    }

    [Fact]
    public void A_part_of_six_words_besides_its_slashes_still_keeps_the_list_whole()
    {
        var page = Parse("Harbour Board, the fares the board raised last spring / Ferries");
        Assert.Single(page.Tags);
    }
}
