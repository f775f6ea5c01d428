using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>The removal of a comment widget's pieces (badges, tallies, buttons), found by selector and a test of their own.</summary>
internal static class MatchingElements
{
    /// <summary>Removes the elements under the container that match the selectors and pass the test.</summary>
    /// <remarks>Collected first: removing elements while the query's results are walked would skip some.</remarks>
    public static void Remove(IElement container, string selectors, Func<IElement, bool> matches)
    {
        foreach (var element in container.QuerySelectorAll(selectors).Where(matches).ToList())
        {
            element.Remove();
        }
    }
}
