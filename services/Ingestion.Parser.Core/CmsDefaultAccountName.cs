namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Super User"&gt;": Joomla names the account its installer makes "Super User", and a site
/// whose pages were all entered by that account signs every one with it; other CMSs' first accounts are "Administrator"
/// or "Site Admin". Such an author meta names the software's default account, no writer, as a login or a desk names
/// none (<see cref="MetaAuthorNoWriter"/>). A name that only holds one of these words ("Ann Superuser") is no such account.
/// </summary>
internal static class CmsDefaultAccountName
{
    private static readonly WordSet Accounts = new(["super user", "superuser", "administrator", "site admin", "site administrator", "site administrator account"]);

    public static bool Is(ReadOnlySpan<char> name) => Accounts.Contains(name.Trim());
}
