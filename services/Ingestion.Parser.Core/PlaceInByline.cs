using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="firma"&gt;&lt;span class="autor"&gt;Beatriz Olmedo&lt;/span&gt; &lt;span class="lugar"&gt;Valladolid&lt;/span&gt;&lt;/div&gt;":
/// Spanish and Latin American papers set the town the writer files from in an element of its own beside the name, with
/// no bar between them, so the two would read as one name. The town is no part of the byline's names.
/// </summary>
internal static class PlaceInByline
{
    private static readonly WordSet PlaceClasses = new(["lugar", "localizacion", "localidad", "ciudad", "ubicacion", "location", "dateline-place"]);

    private static readonly WordSet BylineClasses = new(["firma", "byline", "autor", "author", "firmas", "signature"]);

    private const int LongestPlace = 40;

    public static void Remove(IDocument document)
    {
        foreach (var place in document.SelectAll("span, em, strong").Where(IsPlaceBesideName).ToList())
        {
            place.Remove();
        }
    }

    /// <remarks>
    /// A Brazilian daily's signature box holds the place alone over the text, the writer's name left out
    /// ("&lt;div class="c-signature"&gt;&lt;strong class="c-signature__location"&gt;São Paulo&lt;/strong&gt;&lt;/div&gt;"), its
    /// classes named block__element: the place read alone would be taken for the writer.
    /// </remarks>
    private static bool IsPlaceBesideName(IElement element) =>
        element.ChildElementCount == 0 && !NodeText.IsLongerThan(element, LongestPlace) && HasClassIn(element, PlaceClasses)
        && element.ParentElement is { } byline && HasClassIn(byline, BylineClasses) && (element.PreviousElementSibling is not null || byline.ChildElementCount == 1);

    private static bool HasClassIn(IElement element, WordSet words) => element.ClassList.Any(name => words.Contains(name) || words.Contains(BlockElementPart(name)));

    /// <summary>"c-signature__location" → "location", "c-signature" → "signature": the part a BEM class names.</summary>
    private static ReadOnlySpan<char> BlockElementPart(string name)
    {
        var part = name.AsSpan();
        if (part.LastIndexOf("__") is >= 0 and var element)
        {
            part = part[(element + 2)..];
        }

        return part.StartsWith("c-") ? part[2..] : part;
    }
}
