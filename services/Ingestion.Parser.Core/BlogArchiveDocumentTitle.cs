using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "The Film Gang » Blog Archive » Stand Up Guys": WordPress's classic default theme (Kubrick, and the many themes
/// built on it) titles a single post "Blog » Blog Archive » Post", and prints the blog's name as the h1 over the post's
/// own heading. With no metadata to say otherwise, the page's first line, the blog's name, was read as the headline and
/// the rest of the title as the site. The part after "Blog Archive" is the post's title when a heading on the page
/// shows it; the part before is the blog, the site.
/// </summary>
internal static class BlogArchiveDocumentTitle
{
    private const string Marker = " » Blog Archive » ";

    /// <summary>The post's title when the document title is Kubrick's and a heading shows it; else null.</summary>
    public static string? Post(IDocument document)
    {
        if (Split(Whitespace.Collapse(document.Title)) is not { } parts)
        {
            return null;
        }

        var post = parts.Post;
        foreach (var heading in document.SelectAll("h1, h2, h3"))
        {
            if (string.Equals(Whitespace.Collapse(heading.TextContent), post, StringComparison.Ordinal))
            {
                return post;
            }
        }

        return null;
    }

    /// <summary>The blog's name when the document title is Kubrick's and its post part is the title read; else null.</summary>
    public static string? Blog(string? documentTitle, string? title) =>
        title is not null && Split(Whitespace.Collapse(documentTitle)) is { } parts && string.Equals(parts.Post, title, StringComparison.Ordinal) ? parts.Blog : null;

    private static (string Blog, string Post)? Split(string documentTitle)
    {
        var at = documentTitle.IndexOf(Marker, StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var blog = documentTitle[..at].Trim();
        var post = documentTitle[(at + Marker.Length)..].Trim();
        return blog.Length > 0 && post.Length > 0 ? (blog, post) : null;
    }
}
