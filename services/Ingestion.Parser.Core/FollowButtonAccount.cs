namespace Ingestion.Parser.Core;

/// <summary>
/// "Follow refinery29" among the header's lines over "© 2016 Refinery29" in the footer: a social network's follow button
/// the header prints for the site's own account. The button's words are no masthead (the line reads as a two-word name,
/// and its account word made it rival the menu's first item); the account it follows is the site's, so where the
/// copyright line's holder is that account, spaces and case aside ("ThePennyHoarder" / "The Penny Hoarder"), the holder,
/// spelt as the copyright line spells it, is the site. Only a button naming one account word ("Follow name", "Follow
/// @name") is read; "Follow Us" names none.
/// </summary>
internal static class FollowButtonAccount
{
    private const string Label = "Follow ";

    /// <summary>The account word of a follow button line ("refinery29" of "Follow refinery29"), or null.</summary>
    public static string? Of(string line)
    {
        var text = line.AsSpan().Trim();
        if (!text.StartsWith(Label, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var account = text[Label.Length..].Trim().TrimStart('@');
        return account.Length < 3 || account.ContainsAny(' ', '\t') || account.Equals("us", StringComparison.OrdinalIgnoreCase) ? null : account.ToString();
    }

    /// <summary>Whether the copyright holder ("Refinery29", "The Penny Hoarder") is the account, spaces and case aside.</summary>
    public static bool IsHolder(string account, string holder)
    {
        var joined = holder.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.');
        return string.Equals(joined, account, StringComparison.OrdinalIgnoreCase);
    }
}
