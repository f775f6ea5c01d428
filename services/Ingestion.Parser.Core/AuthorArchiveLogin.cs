using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="author vcard"&gt;&lt;a class="url fn n" href="/author/mkessler/"&gt;mkessler&lt;/a&gt;&lt;/span&gt;": a blog whose writer
/// set no display name prints the login as the byline, and the link to the writer's archive spells the same login. The
/// login is the name the post is signed with, as "Submitted by mkessler" is; it only looks like no person's name.
/// A site's default account ("admin", "webmaster") signs no one.
/// </summary>
internal static class AuthorArchiveLogin
{
    private static readonly WordSet DefaultAccounts = new(["admin", "administrator", "webmaster", "root", "editor", "user", "wordpress", "redaktion", "redaction", "redazione", "staff"]);

    private static readonly string[] ArchivePaths = ["/author/", "/authors/"];

    /// <summary>The login the link shows, when it is the slug of the author archive it points to; otherwise null.</summary>
    public static string? Read(IElement link)
    {
        var shown = Whitespace.Collapse(link.TextContent);
        if (!MetaAuthorNoWriter.IsLogin(shown) || DefaultAccounts.Contains(shown) || link.GetAttribute("href") is not { } href)
        {
            return null;
        }

        foreach (var path in ArchivePaths)
        {
            var at = href.IndexOf(path, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var slug = href.AsSpan(at + path.Length);
            var end = slug.IndexOfAny('/', '?', '#');
            return (end < 0 ? slug : slug[..end]).Equals(shown, StringComparison.OrdinalIgnoreCase) ? shown : null;
        }

        return null;
    }
}
