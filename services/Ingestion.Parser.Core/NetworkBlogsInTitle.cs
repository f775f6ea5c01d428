namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline – Capitol Desk - MNN.com Blogs": a network titles its blogs' pages with the blog's name and its host's
/// "Blogs" section. The blog is a section of the network's site, and the host's name before its ".com" names that site
/// ("MNN"), as its logo does; the whole rest of the title ("Capitol Desk - MNN.com Blogs") is no publication's name.
/// </summary>
internal static class NetworkBlogsInTitle
{
    private const string Ending = " Blogs";

    /// <summary>The network's name the title's rest ends with ("MNN" in "Capitol Desk - MNN.com Blogs"), or null.</summary>
    public static string? Network(string rest)
    {
        if (rest.Length < 10 || !rest.EndsWith(Ending, StringComparison.Ordinal))
        {
            return null;
        }

        var part = rest.AsSpan(0, rest.Length - Ending.Length);
        part = part[(part.LastIndexOf(' ') + 1)..];
        var dot = part.IndexOf('.');
        if (dot < 2 || part.Length - dot is < 3 or > 5 || part[(dot + 1)..].ContainsAnyExceptInRange('a', 'z')
            || !char.IsUpper(part[0]) || part[..dot].ContainsAnyExcept(Letters))
        {
            return null;
        }

        return part[..dot].ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}
