using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Gastbeitrag von Name und Name": a German daily names the kind of piece before its writers.</summary>
public class GermanPieceKindBylineTests
{
    [Theory]
    [InlineData("Gastbeitrag von Jonas Wendler und Marlene Ostrowski", new[] { "Jonas Wendler", "Marlene Ostrowski" })]
    [InlineData("Ein Kommentar von Tilda Brückner", new[] { "Tilda Brückner" })]
    [InlineData("Kommentar von Ruben Kasparek", new[] { "Ruben Kasparek" })]
    [InlineData("Ein Essay von Greta Himmelreich", new[] { "Greta Himmelreich" })]
    [InlineData("Ein Artikel von Wiebke Sandmann", new[] { "Wiebke Sandmann" })]
    [InlineData("Ein Beitrag von Jonas Wendler", new[] { "Jonas Wendler" })]
    public void The_kind_of_piece_is_no_part_of_the_name(string byline, string[] names) =>
        Assert.Equal(names, BylineParser.TryRead(byline));

    [Fact]
    public void A_plain_von_byline_reads_as_before() =>
        Assert.Equal(["Tilda Brückner"], BylineParser.TryRead("Von Tilda Brückner"));
}
