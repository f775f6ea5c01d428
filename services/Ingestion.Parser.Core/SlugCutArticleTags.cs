namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="article:tag" content="night ferry keeps late run"&gt;", "…content="harbour board"", "…content="piers""
/// on a page at "…/news/1830835/night-ferry-keeps-late-run-harbour-board": the CMS cut the story's own address slug into
/// search phrases and filed them as tags; the tag row the page shows ("Transport", "Local politics") is the story's list.
/// The metas' leading tags, slugged and joined in order, spell the address's last segment; tags that merely share a word
/// with the slug, or a slug of fewer than four words, are the writer's.
/// </summary>
internal static class SlugCutArticleTags
{
    /// <summary>A shorter slug ("harbour-board") may well be the one tag the story was filed under.</summary>
    private const int MinSlugWords = 4;

    public static bool Are(IReadOnlyList<string> tags, IReadOnlyList<string> addresses)
    {
        if (tags.Count < 2)
        {
            return false;
        }

        foreach (var address in addresses)
        {
            var slug = LastSegment(address);
            if (slug.Count('-') + 1 >= MinSlugWords && IsSpelledByLeadingTags(slug, tags))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpelledByLeadingTags(ReadOnlySpan<char> slug, IReadOnlyList<string> tags)
    {
        var at = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var piece = SluggedKeywords.Slug(tags[i]);
            if (piece.Length == 0 || !slug[at..].StartsWith(piece, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            at += piece.Length;
            if (at == slug.Length)
            {
                // One tag spelling the whole slug is a headline filed as a tag, no cut: two pieces at least.
                return i > 0;
            }

            if (slug[at] != '-')
            {
                return false;
            }

            at++;
        }

        return false;
    }

    /// <summary>"night-ferry-keeps-late-run" of "https://site.com/news/1830835/night-ferry-keeps-late-run/?ref=x".</summary>
    private static ReadOnlySpan<char> LastSegment(string address)
    {
        var path = address.AsSpan();
        if (path.IndexOfAny('?', '#') is >= 0 and var query)
        {
            path = path[..query];
        }

        path = path.TrimEnd('/');
        var slug = path[(path.LastIndexOf('/') + 1)..];
        if (slug.LastIndexOf('.') is > 0 and var extension)
        {
            slug = slug[..extension];
        }

        return slug;
    }
}
