namespace Ingestion.Parser.Core;

/// <summary>
/// "Lindsey Garrow | @LGarrowCBN" over "Published: Thursday, 26 Sep 2013 | 3:41 PM ET": a business network prints the
/// writer's bare name with the Twitter handle after a bar as its byline; the name before the bar is the writer's.
/// </summary>
internal static class NameBarHandle
{
    private const int MaxLength = 70;

    /// <summary>The name before " | @handle", or null when the line is no such byline.</summary>
    public static string? TryRead(string text)
    {
        if (text.Length > MaxLength || text.IndexOf(" | @", StringComparison.Ordinal) is not (> 0 and var bar))
        {
            return null;
        }

        var handle = text.AsSpan(bar + 4).Trim();
        if (handle.Length is < 2 or > 20 || handle.ContainsAnyExcept(HandleCharacters))
        {
            return null;
        }

        var name = text.AsSpan(0, bar).Trim();
        // "All Posts | @wingersoll": a blog's link to the writer's posts beside the handle names no one.
        return Words.Count(name) is >= 2 and <= 4 && Words.LooksLikePersonName(name) && !BoilerplateFilter.IsBoilerplate(name.ToString())
            ? Whitespace.Collapse(name.ToString())
            : null;
    }

    private static readonly System.Buffers.SearchValues<char> HandleCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
}
