namespace Ingestion.Parser.Core;

/// <summary>
/// "NBS iD" / "Sign in", "Yahoo ID" / "Sign In": a broadcaster's or portal's account product, named for the sign-in
/// identity it is ("ID", "iD"), printed by a text browser right over the sign-in link of the top bar. It is the account
/// link, no masthead; the masthead stands further down.
/// </summary>
internal static class AccountIdLink
{
    private const int MaxLength = 30;

    /// <summary>Whether <paramref name="name"/> is such an account link with a sign-in link right under it.</summary>
    public static bool Is(string name, PageLines lines, int index, int end)
    {
        var text = name.AsSpan().Trim();
        if (text.Length is < 4 or > MaxLength || !text.EndsWith(" ID", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = lines.NextNonBlank(index, end);
        return next < end && next == index + 1 && IsSignInLink(lines[next].Text);
    }

    /// <summary>
    /// "BBC" / … / "BBC iD": the account product named for the one-word logo over it, which extends the logo in no
    /// masthead's way (SiteFinder's extended masthead asks).
    /// </summary>
    internal static bool NamesIdentity(string text) => text.EndsWith(" ID", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Sign in", "Log in | Register", "Anmelden", "Se connecter": the top bar's sign-in link, alone or opening the bar.</summary>
    internal static bool IsSignInLink(string line) => SignInLinks.Matches(line.AsSpan().Trim());

    private static readonly PrefixSet SignInLinks = new(["sign in", "log in", "login", "anmelden", "se connecter", "connexion", "iniciar sesión", "accedi", "entrar", "inloggen"]);
}
