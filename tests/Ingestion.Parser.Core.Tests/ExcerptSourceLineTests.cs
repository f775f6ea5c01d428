using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ExcerptSourceLineTests
{
    [Theory]
    [InlineData("Aus: Das Heidebuch. Ein Landstrich von A bis Z. Landeszentrale für Heimatkunde, Lüneburg 2016")]
    [InlineData("Auszug aus „Der Deich und wir“, Verlag am Hafen 2012")]
    [InlineData("Excerpted from The Marsh Road by Clara Penhale, Harbor Press 2014")]
    public void A_book_source_line_is_read(string line) => Assert.True(ExcerptSourceLine.Is(line));

    [Theory]
    [InlineData("Ausflüge in die Heide lohnen sich auch im Winter.")]
    [InlineData("aus: kleingeschrieben im Satz")]
    public void Other_lines_are_not(string line) => Assert.False(ExcerptSourceLine.Is(line));

    [Fact]
    public void The_signature_over_its_source_line_names_the_writer()
    {
        var body = new List<string>
        {
            "Im Frühjahr blüht die Heide nicht, im Herbst dafür umso mehr.",
            "Nach einem Winter im Moor war ich froh, wieder Stimmen zu hören.",
            "Lotte Brandmeier",
            "Aus: Das Heidebuch. Ein Landstrich von A bis Z. Landeszentrale für Heimatkunde, Lüneburg 2016",
        };
        Assert.Equal("Lotte Brandmeier", SignatureUnderText.TakeWriter(body, [], null));
        Assert.Equal(2, body.Count);
    }
}
