using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class IngredientListOpeningTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void An_ingredients_heading_over_quantities_starts_the_text()
    {
        var lines = Lines("Haselnusstaler\nBackzeit: 12 Minuten\nZutaten:\n250 g Mehl\n2 Eier\n1 Messerspitze Muskat\nHaselnüsse\nZubereitung:\nDen Ofen auf 180 °C vorheizen und zwei Bleche bereitstellen.");
        Assert.Equal(2, IngredientListOpening.Start(lines, 1, 8));
    }

    [Fact]
    public void A_heading_over_too_few_lines_starts_nothing()
    {
        var lines = Lines("Zutaten:\n250 g Mehl\n2 Eier\nDen Ofen auf 180 °C vorheizen und zwei Bleche bereitstellen.");
        Assert.Equal(-1, IngredientListOpening.Start(lines, 0, 3));
    }

    [Fact]
    public void A_heading_over_lines_without_quantities_starts_nothing()
    {
        var lines = Lines("Ingredients\nOur suppliers\nThe farm shop\nThe mill by the river\nWhy we buy local\nWe have bought our flour from the same mill for eleven years now.");
        Assert.Equal(-1, IngredientListOpening.Start(lines, 0, 5));
    }

    [Fact]
    public void A_recipe_post_keeps_its_ingredients_and_drops_its_fields_and_headings()
    {
        var body = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Haselnusstaler | ofenwarm</title></head><body>
            <div id="main"><div class="post"><div class="post-meta"><span class="post-date">3. Dezember 2014</span></div>
            <h1 class="title">Haselnusstaler</h1>
            <div class="entry"><p><strong>Backzeit:</strong> 12 Minuten<br /><strong>Ergibt:</strong> 30 Stück</p>
            <p><strong>Zutaten:</strong><br />250 g Mehl<br />2 Eier<br />1 Messerspitze Muskat<br />150 g Butter<br />Haselnüsse</p>
            <p><strong>Zubereitung:</strong></p>
            <ol><li>Den Ofen auf 180 °C vorheizen und zwei Bleche bereitstellen.</li>
            <li>Butter, Mehl und Eier rasch verkneten und kleine Taler formen.</li></ol></div></div></div>
            </body></html>
            """), "page.html").BodyParagraphs;

        Assert.Equal(["250 g Mehl", "2 Eier", "1 Messerspitze Muskat", "150 g Butter", "Haselnüsse",
            "Den Ofen auf 180 °C vorheizen und zwei Bleche bereitstellen.", "Butter, Mehl und Eier rasch verkneten und kleine Taler formen."], body);
    }
}
