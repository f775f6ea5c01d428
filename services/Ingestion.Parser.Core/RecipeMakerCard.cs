using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// WP Recipe Maker's card under a food blog's post ("div.wprm-recipe"): the recipe's ingredients, steps and notes are
/// the post's text, as a recipe card's are on a text page (<see cref="RecipeCard"/>); its furniture is not. Furniture:
/// the card's headings ("h3.wprm-recipe-header": "Ingredients 1x 2x 3x", "Instructions", "Notes", "Equipment"), the
/// readers' rating ("div.wprm-recipe-rating": "5 from 7 votes"), the nutrition label, the call to action under it
/// ("div.wprm-call-to-action": a cookbook's name and "CLICK HERE to order!") and the card's summary where it repeats a
/// paragraph of the post word for word. The notes ("div.wprm-recipe-notes-container") stay though their class names
/// them notes, a furniture word elsewhere (a blog's reblog notes, a site's notes rail).
/// </summary>
internal static class RecipeMakerCard
{
    private const string Prefix = "wprm-";

    /// <summary>Classes of the card's parts that are no text of the post; the summary is asked apart.</summary>
    private static readonly string[] FurnitureClasses =
        ["wprm-recipe-header", "wprm-recipe-rating", "wprm-nutrition-label-container", "wprm-call-to-action"];

    public static bool IsFurniture(IElement element)
    {
        if (!HasCardClass(element))
        {
            return false;
        }

        var classes = element.ClassList;
        foreach (var name in FurnitureClasses)
        {
            if (classes.Contains(name))
            {
                return true;
            }
        }

        return classes.Contains("wprm-recipe-summary") && RepeatsParagraph(element);
    }

    /// <summary>The card's notes box and the list in it: text of the post, whatever the noise words say.</summary>
    public static bool IsNotes(IElement element) =>
        HasCardClass(element) && (element.ClassList.Contains("wprm-recipe-notes-container") || element.ClassList.Contains("wprm-recipe-notes"));

    private static bool HasCardClass(IElement element) => element.ClassName is { } names && names.Contains(Prefix, StringComparison.Ordinal);

    /// <summary>"These truffles contain a creamy centre …" as the post's first paragraph and again as the card's summary.</summary>
    private static bool RepeatsParagraph(IElement summary)
    {
        var text = Whitespace.Collapse(summary.TextContent).Trim();
        if (text.Length == 0 || summary.Owner is not { } document)
        {
            return false;
        }

        foreach (var paragraph in document.GetElementsByTagName("p"))
        {
            if (!summary.Contains(paragraph) && string.Equals(Whitespace.Collapse(paragraph.TextContent).Trim(), text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
