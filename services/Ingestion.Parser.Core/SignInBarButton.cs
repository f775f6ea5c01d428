namespace Ingestion.Parser.Core;

/// <summary>
/// "Sign in" / "Get started" / "Stacks &amp; Shelves": a blogging platform's top bar prints its sign-up button next to the
/// sign-in link, over the publication's own masthead. The button names no site.
/// </summary>
internal static class SignInBarButton
{
    private static readonly WordSet StartButtons = new(["get started", "start writing", "sign up", "join now", "loslegen", "registrieren", "commencer", "s'inscrire", "empezar", "regístrate", "inizia", "registrati", "começar", "cadastre-se", "aan de slag", "registreren"]);

    private static readonly WordSet SignInLinks = new(["sign in", "log in", "login", "anmelden", "se connecter", "connexion", "iniciar sesión", "accedi", "entrar", "inloggen"]);

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length is < 6 or > 14 || !StartButtons.Contains(text))
        {
            return false;
        }

        return (index > 0 && SignInLinks.Contains(lines[index - 1].Text.AsSpan().Trim()))
            || (index + 1 < lines.Count && SignInLinks.Contains(lines[index + 1].Text.AsSpan().Trim()));
    }
}
