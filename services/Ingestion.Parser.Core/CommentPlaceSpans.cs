using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="comment-user"&gt;Bigal&lt;/a&gt;, &lt;span class="comment-location"&gt;Hartley Cross&lt;/span&gt; says...": a UK regional's
/// comment header sets the writer's town in an element of its own after the name, its class saying so ("location",
/// "place", "town"). The town is no part of the name, though the rendered header runs the two together; the element and
/// the comma before it go.
/// </summary>
internal static class CommentPlaceSpans
{
    private static readonly WordSet PlaceClassParts = new(["location", "loc", "place", "town", "city"]);

    private const int MostWords = 5;

    public static void Remove(IElement container)
    {
        foreach (var place in container.SelectAll("span, em, small").Where(IsPlaceAfterName).ToList())
        {
            if (place.PreviousSibling is IText { } gap && gap.Data.Trim() == ",")
            {
                gap.Remove();
            }

            place.Remove();
        }
    }

    private static bool IsPlaceAfterName(IElement element)
    {
        if (element.Children.Length > 0 || !element.ClassList.Any(HasPlacePart)
            || element.PreviousElementSibling is not { LocalName: "a" or "span" or "strong" or "b" } name || string.IsNullOrWhiteSpace(name.TextContent))
        {
            return false;
        }

        // Only a comma, or nothing, stands between the name and the town.
        if (element.PreviousSibling is IText { } gap && gap.Data.Trim() is not ("," or ""))
        {
            return false;
        }

        var text = Whitespace.Collapse(element.TextContent).Trim();
        return text.Length is > 0 and < 50 && text.Split(' ').Length <= MostWords && !text.Any(char.IsDigit);
    }

    /// <summary>
    /// "comment-location", "user_town", the short "tpx-loc" (Topix's comments under a local paper's story, "Old Mill Road
    /// Bellhaven, OH"), and camel case as well ("&lt;span class="commenterLocation"&gt;Rockland, ME&lt;/span&gt;",
    /// a broadsheet's readers' comments of 2013).
    /// </summary>
    private static bool HasPlacePart(string token)
    {
        var start = 0;
        for (var i = 1; i <= token.Length; i++)
        {
            var split = i == token.Length || token[i] is '-' or '_';
            var camel = !split && char.IsUpper(token[i]) && char.IsLower(token[i - 1]);
            if (!split && !camel)
            {
                continue;
            }

            if (PlaceClassParts.Contains(token.AsSpan(start, i - start)))
            {
                return true;
            }

            start = split ? i + 1 : i;
        }

        return false;
    }
}
