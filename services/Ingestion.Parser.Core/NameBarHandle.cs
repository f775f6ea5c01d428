namespace Ingestion.Parser.Core;

/// <summary>
/// "Lindsey Garrow | @LGarrowCBN" over "Published: Thursday, 26 Sep 2013 | 3:41 PM ET": a business network prints the
/// writer's bare name with the Twitter handle after a bar as its byline; the name before the bar is the writer's. A
/// gadget blog sets a comma there ("Devindra Hardawar, @devindra" over "11.03.17 in Gadgetry").
/// </summary>
internal static class NameBarHandle
{
    private const int MaxLength = 70;

    /// <summary>The name before " | @handle" or ", @handle", or null when the line is no such byline.</summary>
    public static string? TryRead(string text)
    {
        var separator = text.IndexOf(" | @", StringComparison.Ordinal) is >= 0 and var bar ? bar : text.IndexOf(", @", StringComparison.Ordinal);
        if (text.Length > MaxLength || separator <= 0)
        {
            return null;
        }

        var handle = text.AsSpan(text.IndexOf('@', separator) + 1).Trim();
        if (handle.Length is < 2 or > 20 || handle.ContainsAnyExcept(HandleCharacters))
        {
            return null;
        }

        var name = text.AsSpan(0, separator).Trim();
        // "All Posts | @wingersoll": a blog's link to the writer's posts beside the handle names no one.
        return Words.Count(name) is >= 2 and <= 4 && Words.LooksLikePersonName(name) && !BoilerplateFilter.IsBoilerplate(name.ToString())
            ? Whitespace.Collapse(name.ToString())
            : null;
    }

    private static readonly System.Buffers.SearchValues<char> HandleCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
}
