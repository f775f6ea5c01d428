using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RecipeMakerCardTests
{
    private const string Intro = "These harbour buns hold a soft cardamom centre under a crisp sugar crust, a bake the night ferry crews swear by.";

    private static ParsedPage Parse(string card) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Harbour Buns - Pier Kitchen</title>
        <meta property="og:site_name" content="Pier Kitchen"></head><body>
        <article class="post type-post entry"><header class="entry-header"><h1 class="entry-title">Harbour Buns</h1></header>
        <div class="entry-content">
        <p><em>{{Intro}}</em></p>
        <h2>Why These Buns Work</h2>
        <p>The dough rests overnight in the cold, which gives the crumb its chew and lets the cardamom settle into every bite.</p>
        <div id="wprm-recipe-container-41" class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-chic">
        <h2 class="wprm-recipe-name">Harbour Buns</h2>
        {{card}}
        <div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients<div class="wprm-decoration-line"></div>&nbsp;<div class="wprm-toggle-container"><button class="wprm-toggle">1x</button><button class="wprm-toggle">2x</button></div></h3>
        <ul class="wprm-recipe-ingredients"><li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">2</span> <span class="wprm-recipe-ingredient-unit">cups</span> <span class="wprm-recipe-ingredient-name">bread flour</span></li>
        <li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">1</span> <span class="wprm-recipe-ingredient-unit">tsp</span> <span class="wprm-recipe-ingredient-name">ground cardamom</span></li></ul></div>
        <div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3>
        <ul class="wprm-recipe-instructions"><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Knead the dough for ten minutes and leave it in the fridge overnight.</div></li>
        <li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Shape twelve buns, sprinkle them with sugar and bake them until golden.</div></li></ul></div>
        <div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">Notes</h3><div class="wprm-recipe-notes"><ul>
        <li><strong>Flour:</strong> Plain flour works too, though the buns come out a little softer.</li>
        <li>The total time does not include the night in the fridge.</li></ul>
        <span style="display: block;"><div class="wprm-nutrition-label-container"><div class="wprmp-nutrition-label-block-text">Nutrition Facts</div><div>Serving Size</div><div>1 bun</div><div>Calories</div><div>212</div></div></span></div></div>
        <div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-header">The Pier Kitchen Baking Book</span><span class="wprm-call-to-action-text"><a href="/book/">CLICK HERE to order!</a></span></div>
        </div></div>
        </div></article>
        </body></html>
        """), "buns.html");

    private const string Summary = $"""<div class="wprm-recipe-summary">{Intro}</div>""";

    private const string Rating = """<div class="wprm-recipe-rating wprm-user-rating"><div class="wprm-recipe-rating-details"><span class="wprm-recipe-rating-average">5</span> from <span class="wprm-recipe-rating-count">7</span> votes</div></div>""";

    [Fact]
    public void The_cards_ingredients_steps_and_notes_are_text_and_its_furniture_is_not()
    {
        var page = Parse(Summary + Rating);
        Assert.Equal(
        [
            Intro,
            "Why These Buns Work",
            "The dough rests overnight in the cold, which gives the crumb its chew and lets the cardamom settle into every bite.",
            "2 cups bread flour",
            "1 tsp ground cardamom",
            "Knead the dough for ten minutes and leave it in the fridge overnight.",
            "Shape twelve buns, sprinkle them with sugar and bake them until golden.",
            "Flour: Plain flour works too, though the buns come out a little softer.",
            "The total time does not include the night in the fridge.",
        ], page.BodyParagraphs);
    }

    [Fact]
    public void A_card_summary_of_its_own_words_stays()
    {
        var page = Parse("""<div class="wprm-recipe-summary">Soft cardamom buns for a cold morning on the pier, ready by breakfast.</div>""");
        Assert.Contains("Soft cardamom buns for a cold morning on the pier, ready by breakfast.", page.BodyParagraphs);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("CLICK HERE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_notes_box_outside_the_recipe_card_stays_furniture()
    {
        var page = Parse(string.Empty);
        var other = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
            <html><head><title>Harbour Buns</title></head><body><article><h1>Harbour Buns</h1><div class="entry-content">
            <p>{{Intro}}</p>
            <p>The dough rests overnight in the cold, which gives the crumb its chew and lets the cardamom settle into every bite.</p>
            <div class="editor-notes"><p>Reblogged by the harbour bakers' club and twelve other accounts this week.</p></div>
            </div></article></body></html>
            """), "notes.html");
        Assert.Contains("The total time does not include the night in the fridge.", page.BodyParagraphs);
        Assert.DoesNotContain(other.BodyParagraphs, paragraph => paragraph.Contains("Reblogged", StringComparison.Ordinal));
    }
}
