namespace Ingestion.Parser.Core;

/// <summary>
/// "jeudi 27 juin 2019, par &lt;a class="url fn"&gt;ohtn&lt;/a&gt;" on a site named "Our Harbour Town News": a small collective's
/// site posts under one account named by the initials of every word of its name, the short words' too, as its address
/// often is. The byline names the site's own login, no writer, as the first word or all the words joined do
/// (<see cref="SiteAccountByline"/>). A name of three words at least: two initials are too few to tell a login from a
/// writer's own.
/// </summary>
internal static class SiteInitialsLogin
{
    private const int LeastWords = 3;

    /// <summary>Whether the lower-case <paramref name="login"/> is the initials of every word of <paramref name="siteName"/>.</summary>
    public static bool Is(ReadOnlySpan<char> login, ReadOnlySpan<char> siteName)
    {
        var at = 0;
        var words = 0;
        foreach (var range in siteName.Split(' '))
        {
            var word = siteName[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (at >= login.Length || char.ToLowerInvariant(word[0]) != login[at])
            {
                return false;
            }

            at++;
            words++;
        }

        return words >= LeastWords && at == login.Length;
    }
}
