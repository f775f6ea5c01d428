namespace Ingestion.Parser.Core;

/// <summary>
/// A food blog's recipe card (WP Recipe Maker, ZipList, EasyRecipe) as a text browser prints it under the post:
/// "Prep time: 20 mins | Cook time: 12 mins", "Yield: 24 cookies", "Ingredients" over its bulleted list, "Instructions"
/// over the steps, "Print". The card's time and yield lines, headings and button are furniture; its ingredients and
/// steps are the recipe's text.
/// </summary>
internal static class RecipeCard
{
    private static readonly PrefixSet FieldPrefixes = new(["prep time:", "cook time:", "total time:", "yield:", "serves:", "servings:", "prep:", "cook:",
        // A German recipe's fields: "Zubereitungszeit: 20 Minuten", "Backzeit: 12 Minuten", "Ergibt: 24 Stück", "Portionen: 4".
        "zubereitungszeit:", "arbeitszeit:", "backzeit:", "kochzeit:", "gesamtzeit:", "ergibt:", "portionen:"]);

    // "Zutaten" and "Zubereitung" head a German recipe's ingredients and steps.
    private static readonly WordSet Headings = new(["ingredients", "instructions", "directions", "print", "print recipe", "zutaten", "zubereitung"]);

    private static readonly WordSet IngredientsHeadings = new(["ingredients", "zutaten"]);

    private const int MaxFieldLength = 120;

    /// <summary>"Prep time: 20 mins | Cook time: 12 mins", "Yield: 24 cookies", "Ingredients", "Print".</summary>
    public static bool IsFurniture(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length <= MaxFieldLength && (Headings.Contains(text.TrimEnd(':')) || (FieldPrefixes.Matches(text) && Words.HasDigit(text)) || ServingsLine.Is(line));
    }

    /// <summary>
    /// "* 1 cup dark brown sugar" under "Ingredients": the text browser's bullet before an ingredient is no part of it, nor
    /// is the hyphen a scraper prints for the list's bullet ("Ingredients:" / "- 2 cups all-purpose flour").
    /// </summary>
    public static string WithoutIngredientBullet(PageLines lines, int index, string text)
    {
        if (!IsBulleted(text))
        {
            return text;
        }

        var i = index;
        while (i > 0 && IsBulleted(lines[i - 1].Text))
        {
            i--;
        }

        var heading = lines.NearWithinOneBlank(i, -1);
        return heading >= 0 && IsIngredientsHeading(lines[heading].Text) ? text[2..].TrimStart() : text;
    }

    private static bool IsBulleted(string text) =>
        text.StartsWith("* ", StringComparison.Ordinal) || text.StartsWith("• ", StringComparison.Ordinal) || text.StartsWith("- ", StringComparison.Ordinal);

    /// <summary>"Ingredients" over "* 1 cup dark brown sugar": the list under it is the recipe's, no rail of links.</summary>
    public static bool IsIngredientsHeading(string line) => IngredientsHeadings.Contains(line.AsSpan().Trim().TrimEnd(':'));
}
