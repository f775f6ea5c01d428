namespace Ingestion.Parser.Core;

/// <summary>
/// "News" / "Local" / "Canada" … (the menu) … "Local News" / "Council votes to close Elm Street arena": a section's page
/// label names the menu's item with "News" after it. The menu word before " News" is what the menu lists.
/// </summary>
internal static class SectionNewsLabel
{
    private const string Suffix = " News";

    /// <summary>The menu item a "Word News" label names ("Local" of "Local News"), or an empty span.</summary>
    public static ReadOnlySpan<char> MenuItem(ReadOnlySpan<char> label)
    {
        label = label.Trim();
        if (label.Length <= Suffix.Length || label.Length > 30 || !label.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var item = label[..^Suffix.Length].TrimEnd();
        return item.Length > 0 && char.IsUpper(item[0]) && !item.Equals("The", StringComparison.OrdinalIgnoreCase) ? item : [];
    }
}
