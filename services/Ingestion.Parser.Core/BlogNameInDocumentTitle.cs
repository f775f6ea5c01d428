namespace Ingestion.Parser.Core;

/// <summary>
/// "House GOP weighs stopgap bill – Capitol Desk - GNN.com Blogs" over "Capitol Desk": a network's blog whose page
/// opens with its document title names the blog between the headline and the network's blogs. The blog's name printed
/// again over its posts is a section of the network, no masthead of its own.
/// </summary>
internal static class BlogNameInDocumentTitle
{
    private const string BlogsEnding = " Blogs";

    public static bool Is(string documentTitle, string name)
    {
        var title = documentTitle.AsSpan().Trim();
        var blog = name.AsSpan().Trim();
        if (blog.Length < 3 || title.Length <= blog.Length + BlogsEnding.Length + 4 || !title.EndsWith(BlogsEnding, StringComparison.Ordinal))
        {
            return false;
        }

        var at = title.IndexOf(blog, StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var before = title[..at].TrimEnd();
        var after = title[(at + blog.Length)..].TrimStart();
        return before.Length > 0 && TitleSeparator.IsMark(before[^1]) && after.Length > 0 && TitleSeparator.IsMark(after[0]);
    }
}
