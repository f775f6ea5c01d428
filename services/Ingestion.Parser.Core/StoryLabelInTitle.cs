namespace Ingestion.Parser.Core;

/// <summary>
/// "Beacon Story: Ferry line to drop last evening run …": a hand-made site's document title opens with a label of its
/// short name and the page's kind, while its masthead or copyright line ("Copyright © 2013 The Harbor Point Beacon.")
/// names the paper whole. The shown name is the site when it holds the label's name words.
/// </summary>
internal static class StoryLabelInTitle
{
    private static readonly WordSet PageKinds = new(["story", "article", "stories", "articles", "item"]);

    /// <summary>Whether the title's site part <paramref name="titleSite"/> is a "Name Story" label; only then is the page read for the name.</summary>
    public static bool IsLabel(string titleSite) =>
        titleSite.LastIndexOf(' ') is > 0 and var last && PageKinds.Contains(titleSite.AsSpan(last + 1)) && Words.Count(titleSite) <= 4;

    /// <summary>The shown name when the label's name words (all but the kind) are words of it; else null.</summary>
    public static string? ShownSite(string label, string? shown)
    {
        if (shown is null || !IsLabel(label))
        {
            return null;
        }

        var name = label[..label.LastIndexOf(' ')];
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!HoldsWord(shown, word))
            {
                return null;
            }
        }

        return shown;
    }

    private static bool HoldsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
