namespace Ingestion.Parser.Core;

/// <summary>
/// "Directory of sitesLoginContactSupport": the top bar's links a text rendering ran together where the markup set no
/// space between them. Two or more capitals straight after a small letter, one opening a sign-in or help link, make a
/// row of links; a brand name runs two words together at most once ("HarbourPost") and holds no such link. A row that
/// opens with a two-word sign-in button glued to the next button ("Sign InJoin for free") is one too, with a
/// single seam: no brand ends a word in "Sign In" or "Log In" and runs on into a capital.
/// </summary>
internal static class RunTogetherTopBar
{
    private const int MinGluePoints = 2;

    private static readonly string[] TopBarLinks = ["Login", "Log in", "Sign in", "Register", "Subscribe", "Contact", "Support", "Help", "Menu", "Search"];

    public static bool Is(ReadOnlySpan<char> text)
    {
        var gluePoints = 0;
        var holdsLink = false;
        for (var i = 1; i < text.Length; i++)
        {
            if (Words.IsGlueSeam(text, i))
            {
                gluePoints++;
                holdsLink |= OpensLink(text[i..]);
            }
        }

        return (gluePoints >= MinGluePoints && holdsLink) || OpensWithGluedSignIn(text);
    }

    private static readonly string[] SignInButtons = ["Sign in", "Log in"];

    private static bool OpensWithGluedSignIn(ReadOnlySpan<char> text)
    {
        foreach (var button in SignInButtons)
        {
            if (text.Length > button.Length && text.StartsWith(button, StringComparison.OrdinalIgnoreCase) && Words.IsGlueSeam(text, button.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensLink(ReadOnlySpan<char> rest)
    {
        foreach (var link in TopBarLinks)
        {
            if (rest.StartsWith(link, StringComparison.Ordinal) && (rest.Length == link.Length || !char.IsLower(rest[link.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
