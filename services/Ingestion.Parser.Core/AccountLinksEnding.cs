namespace Ingestion.Parser.Core;

/// <summary>
/// "KTRV 6 News Amarillo 58°F Clear Member Center: Create Account | Log in": a site's top bar, which a text browser
/// prints on one line, ends in the account links after a bar. No headline ends so.
/// </summary>
internal static class AccountLinksEnding
{
    private static readonly WordSet AccountLinks = new(["log in", "login", "sign in", "log out", "sign out", "register", "sign up", "my account"]);

    private const int MaxLinkLength = 10;

    public static bool Is(string line)
    {
        var text = line.AsSpan().TrimEnd();
        // A headline rarely holds a bar: looked for only near the line's end.
        var bar = text.Length > 4 ? text[Math.Max(0, text.Length - MaxLinkLength - 3)..].LastIndexOf(" | ", StringComparison.Ordinal) : -1;
        if (bar < 0)
        {
            return false;
        }

        var start = Math.Max(0, text.Length - MaxLinkLength - 3) + bar + 3;
        return AccountLinks.Contains(text[start..].Trim());
    }
}
