namespace Ingestion.Parser.Core;

/// <summary>
/// "Journal Community" (a menu item) / … / "The Wall Ledger" / headline … "Copyright ©2013 Ledger &amp; Company, Inc.":
/// a publisher named after its paper holds the masthead's last word first in its name. Printed with no blank line
/// round it (a scraper's one line per element), the masthead runs into the menu over it and no longer stands alone; the
/// copyright holder's word tells it from the menu's items.
/// </summary>
internal static class HolderWordInMasthead
{
    private const int LeastWordLength = 4;

    /// <summary>Whether the holder's first word, capitalised and of four letters or more, is the last word of the name.</summary>
    public static bool Is(string name, string holder)
    {
        var first = holder.AsSpan().Trim();
        var space = first.IndexOfAny(' ', ',');
        first = space > 0 ? first[..space] : first;
        if (first.Length < LeastWordLength || !char.IsUpper(first[0]) || first.Equals("The", StringComparison.Ordinal))
        {
            return false;
        }

        var text = name.AsSpan().Trim();
        var last = text.LastIndexOf(' ');
        return last > 0 && text[(last + 1)..].Equals(first, StringComparison.OrdinalIgnoreCase);
    }
}
