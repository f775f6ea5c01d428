namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul&gt;&lt;li&gt;&lt;a&gt;Ferries&lt;/a&gt;, &lt;/li&gt;&lt;li&gt;&lt;a&gt;Harbour Board&lt;/a&gt; &lt;/li&gt;&lt;/ul&gt;": a tag row set as a list whose
/// template keeps the commas of the inline row, one after each link but the last. The item holds its link and a separator
/// (comma, middle dot, bar or semicolon) after it, nothing else: still one entry. A word after the link ("… Sept. 3")
/// makes the item more than a link.
/// </summary>
internal static class SeparatorAfterListedLink
{
    /// <summary>Whether <paramref name="itemText"/> (collapsed) is <paramref name="linkText"/>, alone or with separators after it.</summary>
    public static bool HoldsOnly(string itemText, string linkText) =>
        itemText.StartsWith(linkText, StringComparison.Ordinal)
        && itemText.AsSpan(linkText.Length).Trim(" ,·|;\u00a0").Length == 0;
}
