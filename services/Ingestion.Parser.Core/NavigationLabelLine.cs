namespace Ingestion.Parser.Core;

/// <summary>
/// "Sidebarnavigation", "Hauptnavigation", "Main Navigation", "Skip to main navigation"'s target: the label a screen
/// reader announces over a menu, which a text browser prints as a line of its own. German runs it into one word with
/// the menu's place ("Servicenavigation", "Metanavigation").
/// </summary>
internal static class NavigationLabelLine
{
    private const string Word = "navigation";
    private const int MaxLength = 40;
    private const int MaxWords = 3;

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length <= MaxLength && text.EndsWith(Word, StringComparison.OrdinalIgnoreCase) && Words.CountUpTo(text, MaxWords + 1) <= MaxWords;
}
