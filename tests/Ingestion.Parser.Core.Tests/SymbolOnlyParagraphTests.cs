using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SymbolOnlyParagraphTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("| |")]
    [InlineData("• • •")]
    [InlineData("—")]
    public void A_line_without_letters_or_digits_is_no_paragraph(string line) =>
        Assert.Equal(["Der Rat tagte bis spät.", "Am Ende stand ein Kompromiss."], SymbolOnlyParagraph.Without(["Der Rat tagte bis spät.", line, "Am Ende stand ein Kompromiss."]));

    [Theory]
    [InlineData("1/2")]
    [InlineData("€ 5")]
    [InlineData("Ja.")]
    public void A_line_with_a_letter_or_digit_stays(string line) =>
        Assert.Contains(line, SymbolOnlyParagraph.Without(["Der Rat tagte bis spät.", line]));

    [Fact]
    public void A_slideshow_pager_in_the_text_box_is_no_paragraph()
    {
        const string html = """
            <html><head><title>Neue Schutzgebiete gefordert | Umweltbund</title></head><body>
            <article class="article article--full"><h1>Neue Schutzgebiete gefordert</h1>
            <div class="article__content">
            <div class="slider"><ul class="slides"><li><img src="wald.jpg" alt="Wald"></li></ul>
            <ul class="slider-pager"><li><span class="current"></span><span class="separator">/</span><span class="total"></span></li></ul></div>
            <div class="field--body">
            <p>Der Verband fordert, bis zum Ende des Jahrzehnts ein Drittel der Landesfläche unter strengen Schutz zu stellen.</p>
            <p>Die Landesregierung will den Vorschlag im Herbst mit den Kommunen und den Forstbetrieben beraten.</p>
            </div></div></article></body></html>
            """;

        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "page.html");

        Assert.DoesNotContain("/", page.BodyParagraphs);
        Assert.StartsWith("Der Verband fordert", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
