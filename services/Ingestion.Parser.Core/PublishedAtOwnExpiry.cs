namespace Ingestion.Parser.Core;

/// <summary>
/// <c>&lt;meta property="article:published_time" content="Sat, 29 Jun 2019 11:05:41 GMT"&gt;</c> beside
/// <c>&lt;meta property="article:expiration_time" content="Sat, 29 Jun 2019 11:05:41 GMT"&gt;</c>: a template that stamps
/// both metas with the moment it served the page (an archive's story of 2014 under a date of its own over the text)
/// says nothing of when the story was published; a story does not expire the second it comes out. The meta is passed
/// over, and the date the page shows is read instead.
/// </summary>
internal static class PublishedAtOwnExpiry
{
    /// <summary>Whether <paramref name="published"/> is the very stamp of <paramref name="expiration"/>, as written.</summary>
    public static bool Is(string? published, string? expiration) =>
        published is { Length: > 0 } && expiration is not null && published.AsSpan().Trim().SequenceEqual(expiration.AsSpan().Trim());
}
