namespace Ingestion.Parser.Core;

/// <summary>
/// "kestrel | blog" over a post signed "Autor: kestrel": a personal blog's masthead is the writer's login, a bar, and
/// the word for what the site is. The login before the bar names the writer whose blog it is, no account of a
/// publication: the byline keeps it, where "harbour" on "Harbour Ledger" is the paper's account and signs no one.
/// </summary>
internal static class LoginBarBlogMasthead
{
    private static readonly WordSet BlogWords = new(["blog", "weblog", "blogg", "blogue", "journal", "notizen", "notes"]);

    /// <summary>Whether <paramref name="site"/> is <paramref name="login"/>, a bar, and a word naming a blog.</summary>
    public static bool Is(ReadOnlySpan<char> site, ReadOnlySpan<char> login)
    {
        var bar = site.IndexOf('|');
        return bar > 0 && site[..bar].Trim().Equals(login, StringComparison.OrdinalIgnoreCase) && BlogWords.Contains(site[(bar + 1)..].Trim());
    }
}
