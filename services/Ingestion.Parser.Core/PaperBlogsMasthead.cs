namespace Ingestion.Parser.Core;

/// <summary>
/// "The Daily Courier Blogs" over a post whose copyright line names "The Daily Courier Media Group": a newspaper's blog
/// section puts "Blogs" after the paper's logo. The paper is the site, as a newspaper's blog takes it elsewhere.
/// </summary>
internal static class PaperBlogsMasthead
{
    private static readonly string[] Suffixes = [" Blogs", " blogs", " Blog"];

    /// <summary>The paper's name, or null when the masthead does not end in "Blogs" after a name the copyright line gives.</summary>
    public static string? Paper(string masthead, Func<string, bool> isNamedInCopyright)
    {
        foreach (var suffix in Suffixes)
        {
            if (masthead.EndsWith(suffix, StringComparison.Ordinal) && masthead[..^suffix.Length].TrimEnd() is { Length: > 3 } paper
                && Words.Count(paper) >= 2 && isNamedInCopyright(paper))
            {
                return paper;
            }
        }

        return null;
    }
}
