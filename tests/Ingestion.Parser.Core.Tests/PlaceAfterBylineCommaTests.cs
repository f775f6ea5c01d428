using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PlaceAfterBylineCommaTests
{
    [Theory]
    [InlineData("Por Juliana Schmitt Carvalho, de Blumenau", new[] { "Juliana Schmitt Carvalho" })]
    [InlineData("Por Ana Rivas, desde Santiago", new[] { "Ana Rivas" })]
    [InlineData("Von Eva Lind, aus Graz", new[] { "Eva Lind" })]
    [InlineData("Door Jan Peeters, Pieter de Vries", new[] { "Jan Peeters", "Pieter de Vries" })]
    [InlineData("Por Ana Rivas, Pedro de la Fuente", new[] { "Ana Rivas", "Pedro de la Fuente" })]
    public void A_lower_case_from_after_the_comma_opens_the_place_not_a_second_writer(string byline, string[] names) =>
        Assert.Equal(names, BylineParser.TryRead(byline));

    [Theory]
    [InlineData("de Blumenau", true)]
    [InlineData("do Rio de Janeiro", true)]
    [InlineData("de la Fuente", false)]
    [InlineData("De Smedt", false)]
    [InlineData("Pedro de la Fuente", false)]
    public void Only_a_lower_case_from_before_a_capitalised_place_counts(string piece, bool place) =>
        Assert.Equal(place, PlaceAfterBylineComma.Is(piece));
}
