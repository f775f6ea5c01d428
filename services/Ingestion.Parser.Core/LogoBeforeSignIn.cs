namespace Ingestion.Parser.Core;

/// <summary>
/// "Harbor.com Sign in | Register | Today's Edition", "Waikato News Log in | Sign up Weather Traffic",
/// "newsdaily.com.au Login Register ____": a text browser prints the top bar's sign-in link right after the logo. The
/// logo is what comes before the link: a host name, or a name of two to four capitalised words. A French, Spanish or
/// German site's account link stands where the sign-in link does: "LaPresseBoréale.ca Mon compte | Infolettres | Météo".
/// A one-word logo counts only when the bar holds nothing but the logo, the sign-in link and its register link
/// ("Donaukurier Anmelden Registrieren"), as a lone word before a sign-in link elsewhere may be a menu's last entry.
/// </summary>
internal static class LogoBeforeSignIn
{
    private static readonly string[] SignInLinks = [" Sign in", " Log in", " Login", " Sign In", " Log In", " Mon compte", " Se connecter", " Connexion", " Mi cuenta", " Iniciar sesión", " Anmelden", " Mein Konto", " Accedi", " Entrar", " Inloggen"];

    /// <summary>"Registrieren", "Suscríbete": the register or subscribe link a French, Spanish or German top bar prints after its sign-in link.</summary>
    private static readonly string[] RegisterLinks = ["Registrieren", "Abonnieren", "Suscríbete", "Regístrate", "Registrarse", "S'inscrire", "S'abonner", "Abonnez-vous", "Créer un compte", "Iscriviti", "Abbonati", "Registrati", "Inscrever-se", "Assine", "Cadastre-se", "Abonneren", "Registreren"];

    /// <summary>What a sign-in link is followed by in a top bar: the next link after a bar, "Register", "Sign up", a search field.</summary>
    private static readonly string[] TopBarFollowers = ["|", "Register", "Sign up", "Sign Up", "_", "[", .. RegisterLinks];

    /// <summary>"Jobs Cars Property Log in": the links a UK or Australian paper's top bar prints before its sign-in link.</summary>
    private static readonly WordSet TopBarLinks = new(["jobs", "cars", "motors", "property", "homes", "dating", "classifieds", "announcements", "notices", "weather", "traffic", "subscribe", "e-paper"]);

    private const int MinNameWords = 2;
    private const int MaxNameWords = 4;

    /// <summary>The logo's name before the sign-in link, or null.</summary>
    public static string? Name(string line)
    {
        foreach (var link in SignInLinks)
        {
            var at = line.IndexOf(link, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var after = line.AsSpan(at + link.Length).TrimStart();
            if (!after.IsEmpty && !StartsWithFollower(after))
            {
                continue;
            }

            var logo = line[..at].Trim();
            if (IsHostName(logo) || IsCapitalisedName(logo) || (IsOneCapitalisedWord(logo) && IsBareRegisterLink(after)))
            {
                return logo;
            }
        }

        return null;
    }

    private static bool StartsWithFollower(ReadOnlySpan<char> text)
    {
        foreach (var follower in TopBarFollowers)
        {
            if (text.StartsWith(follower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"newsdaily.com.au", "Harbor.com": a host name, which some sites print as their logo in lower case.</summary>
    private static bool IsHostName(string text) => SiteFinder.IsDomain(text) && char.IsLetter(text[0]);

    private static bool IsOneCapitalisedWord(string text) =>
        text.Length > 3 && !text.Contains(' ') && char.IsUpper(text[0]) && text.All(char.IsLetter) && !TopBarLinks.Contains(text);

    private static bool IsBareRegisterLink(ReadOnlySpan<char> after)
    {
        var rest = after.Trim();
        return rest is "Register" or "Sign up" or "Sign Up" || RegisterLinks.Contains(rest.ToString());
    }

    private static bool IsCapitalisedName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= MinNameWords and <= MaxNameWords && Words.LooksLikeName(text)
            && Array.TrueForAll(words, word => (char.IsUpper(word[0]) || word is "of" or "and" or "the") && !TopBarLinks.Contains(word));
    }
}
