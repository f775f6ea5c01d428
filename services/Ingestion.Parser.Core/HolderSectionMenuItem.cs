namespace Ingestion.Parser.Core;

/// <summary>
/// "Nyheter" / "Sport" / … / "Kvällsnytt TV" / "Sök" … "© Kvällsnytt 2013": a menu item that is the copyright holder's
/// name and one word more names one of the site's own channels (its TV, its paid edition, its blogs), not the site; the
/// holder is the masthead, which a select-all copy of a page whose logo is a picture does not print. The caller asks it
/// only of an item with other items above it: opening the page, "BNC News" over "Home" / "UK" / … is the masthead that
/// "Copyright © 2013 BNC" shortens.
/// </summary>
internal static class HolderSectionMenuItem
{
    public static bool Is(ReadOnlySpan<char> name, string? holder)
    {
        if (holder is null || name.Length <= holder.Length + 1 || name[holder.Length] != ' ' || !name.StartsWith(holder, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = name[(holder.Length + 1)..].Trim();
        return !rest.IsEmpty && !rest.Contains(' ');
    }
}
