using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div itemprop="review" itemscope itemtype="http://schema.org/Review"&gt;Von: Andrea K. Am: 14.03.2015 …": a customer's review
/// of the product a shop page sells, set under the description as a property of the product's item. Its header reads as a
/// byline and a date line, and its author is marked as one, but they are the review's: the page as a whole is read without
/// it, and its author property names no writer. A page that is itself a review (a critic's, its item no property of
/// another) is not one.
/// </summary>
internal static class NestedReviewItem
{
    public static bool Is(IElement element) =>
        element.HasAttribute("itemscope") && element.GetAttribute("itemprop") is { } property && property.Contains("review", StringComparison.OrdinalIgnoreCase)
        && element.GetAttribute("itemtype") is { } type && type.Contains("schema.org/Review", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="element"/> is such a review or inside one (its "itemprop="author"" is the reviewer).</summary>
    public static bool Holds(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (Is(current))
            {
                return true;
            }
        }

        return false;
    }
}
