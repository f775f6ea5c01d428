namespace Ingestion.Parser.Core;

/// <summary>
/// "Toggle Navigation Men's Journal": a header whose menu button (its label for screen readers, "Toggle navigation") stands
/// right before the logo's link, whose text is the site's name, hidden beside a picture. A text browser prints the two on
/// one line, which as a whole reads as the button's appeal (<see cref="SiteFinder"/> passes over lines opening "Toggle ").
/// The name after the label is the masthead when it is a short name of capitalised words: a lone "Toggle navigation", or
/// one followed by another button ("Toggle navigation (BUTTON) Toggle search", "Toggle navigation Search"), names none.
/// Cost: asked of each line above the headline while the masthead is looked for: one prefix compare; no allocation but the
/// name returned.
/// </summary>
internal static class MenuButtonBeforeLogo
{
    private static readonly string[] Labels = ["Toggle navigation ", "Toggle menu "];

    private const int MaxNameWords = 4;

    /// <summary>"Search", "Menu", "Close": a second button's label, no name.</summary>
    private static readonly WordSet ButtonWords = new("search", "menu", "close", "open", "toggle", "navigation", "button");

    /// <summary>The logo's name after the menu button's label, or null.</summary>
    public static string? Name(string line)
    {
        var text = line.AsSpan().Trim();
        foreach (var label in Labels)
        {
            if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = text[label.Length..].Trim();
            if (Words.CapitalisedCount(name, MaxNameWords) is 0 || Words.LooksLikeName(name) is false || HasButtonWord(name))
            {
                return null;
            }

            return name.ToString();
        }

        return null;
    }

    private static bool HasButtonWord(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            if (ButtonWords.Contains(name[range]))
            {
                return true;
            }
        }

        return false;
    }
}
