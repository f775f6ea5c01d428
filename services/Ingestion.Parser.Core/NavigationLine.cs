namespace Ingestion.Parser.Core;

/// <summary>Menus and breadcrumbs: items spaced apart or joined by arrows.</summary>
internal static class NavigationLine
{
    public static bool Is(string text) =>
        text.Contains("  ", StringComparison.Ordinal) || text.Contains(" > ", StringComparison.Ordinal) || text.Contains(" » ", StringComparison.Ordinal) || text.Contains(" › ", StringComparison.Ordinal)
        || text.Contains(" | ", StringComparison.Ordinal) && text.Split(" | ").All(item => Words.Count(item) <= 3);
}
