namespace Ingestion.Parser.Core;

/// <summary>Menus and breadcrumbs: items spaced apart or joined by arrows.</summary>
internal static class NavigationLine
{
    public static bool Is(string text) =>
        text.Contains("  ", StringComparison.Ordinal) || text.Contains(" > ", StringComparison.Ordinal) || text.Contains(" » ", StringComparison.Ordinal) || text.Contains(" › ", StringComparison.Ordinal)
        || text.Contains(" | ", StringComparison.Ordinal) && text.Split(" | ").All(item => WordCount(item) <= 3);

    /// <summary>"Text size + -": the buttons' signs are no words of the item.</summary>
    private static int WordCount(string item) =>
        item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));
}
