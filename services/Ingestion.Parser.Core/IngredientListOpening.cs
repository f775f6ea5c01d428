namespace Ingestion.Parser.Core;

/// <summary>
/// "Zutaten:" / "250 g Mehl" / "2 Eier" / "1 Messerspitze Muskat" / "Zubereitung:" / "Den Ofen vorheizen …": a recipe post that
/// opens on its ingredients prints no sentence before its first step, so its text would start at that step and lose the
/// ingredients as header lines. An ingredients heading between the headline and the first sentence, over at least
/// <see cref="MinItems"/> short lines most of which open on a quantity, starts the text there (the heading itself is
/// furniture, <see cref="RecipeCard.IsFurniture"/>); the recipe's time and yield lines above it stay out.
/// </summary>
internal static class IngredientListOpening
{
    private const int MinItems = 3;
    private const int MaxItems = 40;
    private const int MaxItemLength = 60;

    /// <summary>The ingredients heading's line between <paramref name="from"/> and <paramref name="firstProse"/>, or -1.</summary>
    public static int Start(PageLines lines, int from, int firstProse)
    {
        for (var i = Math.Max(from, 0); i < firstProse; i++)
        {
            if (!lines[i].IsBlank && RecipeCard.IsIngredientsHeading(lines[i].Text) && HasItemsUnder(lines, i, firstProse))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasItemsUnder(PageLines lines, int heading, int firstProse)
    {
        var (items, quantities) = (0, 0);
        for (var i = lines.NextNonBlank(heading, firstProse); i < firstProse && items < MaxItems; i = lines.NextNonBlank(i, firstProse))
        {
            var text = lines[i].Text.AsSpan().Trim();
            if (text.Length > MaxItemLength || RecipeCard.IsFurniture(lines[i].Text))
            {
                break;
            }

            items++;
            quantities += OpensOnQuantity(text) ? 1 : 0;
        }

        return items >= MinItems && 2 * quantities >= items;
    }

    /// <summary>"250 g Mehl", "½ TL Zimt", "* 2 cups flour", "- 1 egg".</summary>
    private static bool OpensOnQuantity(ReadOnlySpan<char> text)
    {
        if (text is ['*' or '•' or '-', ' ', ..])
        {
            text = text[2..].TrimStart();
        }

        return text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '½' or '¼' or '¾' or '⅓' or '⅔' or '⅛');
    }
}
