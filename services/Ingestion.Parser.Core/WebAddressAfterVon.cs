namespace Ingestion.Parser.Core;

/// <summary>
/// "Liebe Grüße" / "Marlene" / "von marlenes-kueche.de": a blog reader signs a comment with her name and, on the next line,
/// her own blog's address after "von" (or "by"). A bare web address after the label names a site, no commenter, so the
/// line is the comment's sign-off, not the header of another comment.
/// </summary>
internal static class WebAddressAfterVon
{
    private const int MaxLength = 60;

    /// <summary>Whether <paramref name="name"/> (what follows the label) is a bare web address: "blog.example", "www.blog.example".</summary>
    public static bool Is(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.Length is < 4 or > MaxLength || !char.IsLetterOrDigit(name[0]) || name.ContainsAny(' ', '@', '/') || name.IndexOf('.') <= 0)
        {
            return false;
        }

        var topLevel = name[(name.LastIndexOf('.') + 1)..];
        return topLevel.Length is >= 2 and <= 6 && !topLevel.ContainsAnyExceptInRange('a', 'z');
    }
}
